package org.servewell.content;

import java.util.List;

/**
 * A situation from front-line work with the responses a learner chooses between.
 *
 * @param id unique across all courses
 * @param title short name for trainers and reports
 * @param situation what is happening, as Markdown
 * @param prompt the question put to the learner
 * @param traits 1-3 ids of the service traits the scenario exercises
 * @param source the essay point behind the scenario
 * @param options 3-5 responses, exactly one of them rated
 * {@value OptionContent#BEST_RATING}
 */
public record ScenarioContent(String id, String title, String situation, String prompt, List<String> traits,
		EssayCitation source, List<OptionContent> options) {

	public ScenarioContent {
		traits = List.copyOf(traits);
		options = List.copyOf(options);
	}

}
