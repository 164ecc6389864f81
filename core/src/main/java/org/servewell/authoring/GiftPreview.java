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
 * @param warnings what the scenarios lose, as "line N: ..." (a question's general
 * feedback), shown so nothing is dropped silently
 */
public record GiftPreview(List<ScenarioContent> scenarios, List<String> unsupported, List<String> warnings) {

	public GiftPreview {
		scenarios = List.copyOf(scenarios);
		unsupported = List.copyOf(unsupported);
		warnings = List.copyOf(warnings);
	}

}
