package org.servewell.catalog;

import java.util.List;

/**
 * One trait of the service-trait model, as hiring and training both use it.
 *
 * @param code the trait's stable id, such as {@code respect}
 * @param name shown to people
 * @param definition one or two sentences in plain words
 * @param anchors what a person rated 1 to 5 does, in that order
 * @param sources the essays the trait is drawn from
 */
public record TraitSummary(String code, String name, String definition, List<String> anchors, List<String> sources) {

	public TraitSummary {
		anchors = List.copyOf(anchors);
		sources = List.copyOf(sources);
	}

	/** The behaviour that earns a rating, 1 to 5. */
	public String anchor(int rating) {
		return this.anchors.get(rating - 1);
	}

}
