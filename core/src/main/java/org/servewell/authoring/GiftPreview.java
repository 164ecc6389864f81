package org.servewell.authoring;

import java.util.List;

import org.servewell.content.ScenarioContent;

/**
 * What importing a GIFT file would add to a draft.
 *
 * @param scenarios the multiple-choice questions as scenarios, with the ids they would
 * get
 * @param unsupported the other questions, as "line N: type question 'title'", which are
 * left out only when the trainer confirms
 */
public record GiftPreview(List<ScenarioContent> scenarios, List<String> unsupported) {

	public GiftPreview {
		scenarios = List.copyOf(scenarios);
		unsupported = List.copyOf(unsupported);
	}

}
