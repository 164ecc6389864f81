package org.servewell.learning;

import java.util.List;

import org.servewell.content.QuizSettings;

/**
 * The score of a submitted attempt: the mean partial credit of the chosen options, where
 * an option's effectiveness rating 1-4 is worth 0, 1/3, 2/3 or 1, and an unanswered
 * scenario is worth nothing. The formula is content's
 * ({@link QuizSettings#scorePercent(List)}), which the studio's preview uses too.
 *
 * @param percent the score as a whole percentage, 0-100
 * @param passed whether it reaches the version's pass mark
 */
record QuizScore(int percent, boolean passed) {

	/**
	 * Scores an attempt.
	 * @param chosenRatings the rating of the chosen option per scenario, null where
	 * unanswered
	 * @param quiz the version's quiz settings, whose pass mark decides
	 */
	static QuizScore of(List<Integer> chosenRatings, QuizSettings quiz) {
		int percent = QuizSettings.scorePercent(chosenRatings);
		return new QuizScore(percent, !chosenRatings.isEmpty() && quiz.passes(percent));
	}

}
