package org.servewell.learning;

import java.time.Instant;
import java.util.List;

/**
 * A learner submitted an attempt at a course's quiz and it was scored. Published once per
 * attempt, inside the transaction that scores it (docs/decisions/0004), before the
 * course's completion when the attempt completes it.
 *
 * @param attemptId the attempt
 * @param personId the learner
 * @param courseCode the course's code in the catalogue
 * @param courseTitle the title of the version the attempt was drawn from
 * @param attemptNumber 1 for the learner's first attempt at the course, and so on
 * @param scorePercent the score, 0-100
 * @param passMark the percentage needed to pass
 * @param passed whether the score reaches the pass mark
 * @param language the language of the version's words, such as "en"
 * @param submittedAt when
 * @param scenarios each scenario of the attempt, in the order shown
 */
public record QuizAttemptSubmitted(long attemptId, long personId, String courseCode, String courseTitle,
		int attemptNumber, int scorePercent, int passMark, boolean passed, String language, Instant submittedAt,
		List<ScenarioAnswer> scenarios) {

	public QuizAttemptSubmitted {
		scenarios = List.copyOf(scenarios);
	}

	/**
	 * One scenario of the attempt and the learner's answer.
	 *
	 * @param itemNumber its position in the attempt, 1-based
	 * @param scenarioKey the scenario's content id, stable across versions
	 * @param title the scenario's short title
	 * @param prompt the question
	 * @param traits the codes of the service traits it exercises
	 * @param chosenOption the chosen option's text, or null when unanswered
	 * @param rating the chosen option's effectiveness rating 1-4, or null when unanswered
	 * @param credit the partial credit the answer earned, 0.0-1.0 (0 when unanswered)
	 * @param best whether the chosen option is the best one
	 */
	public record ScenarioAnswer(int itemNumber, String scenarioKey, String title, String prompt, List<String> traits,
			String chosenOption, Integer rating, double credit, boolean best) {

		public ScenarioAnswer {
			traits = List.copyOf(traits);
		}

		/** Whether the learner chose an option. */
		public boolean answered() {
			return this.rating != null;
		}

	}

}
