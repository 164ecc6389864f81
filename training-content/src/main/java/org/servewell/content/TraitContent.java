package org.servewell.content;

import java.util.List;

/**
 * One service trait of the model that interview kits rate and scenarios exercise.
 *
 * @param id one of the model's trait ids, such as {@code respect}
 * @param name shown to people
 * @param definition one or two sentences in plain words
 * @param anchors observable behaviour for ratings 1 to 5, in that order
 * @param sources the essays the trait is drawn from
 */
public record TraitContent(String id, String name, String definition, List<String> anchors, List<String> sources) {

	public TraitContent {
		anchors = List.copyOf(anchors);
		sources = List.copyOf(sources);
	}

	/** The behaviour that earns a rating, 1 to 5. */
	public String anchor(int rating) {
		return this.anchors.get(rating - 1);
	}

}
