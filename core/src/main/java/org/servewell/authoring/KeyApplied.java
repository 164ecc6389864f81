package org.servewell.authoring;

import java.util.List;

/**
 * What applying the panel's key did to a draft.
 *
 * @param changed the scenarios whose ratings are now the panel's, by id
 * @param leftAlone the scenarios left as they were, each with the reason
 * @param draft the draft as it now stands, checked
 */
public record KeyApplied(List<String> changed, List<LeftAlone> leftAlone, DraftView draft) {

	public KeyApplied {
		changed = List.copyOf(changed);
		leftAlone = List.copyOf(leftAlone);
	}

	/**
	 * A scenario the panel's key was not applied to.
	 *
	 * @param scenarioKey the scenario's id
	 * @param title its title
	 * @param reason why, in words fit to show
	 */
	public record LeftAlone(String scenarioKey, String title, String reason) {
	}

}
