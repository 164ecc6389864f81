package org.servewell.learning;

import java.util.List;

import org.servewell.content.OptionContent;

/**
 * The score of a submitted attempt: the mean partial credit of the chosen options, where
 * an option's effectiveness rating 1-4 is worth 0, 1/3, 2/3 or 1, and an unanswered
 * scenario is worth nothing ({@link OptionContent#credit(int)}, the formula the studio's
 * preview and the reader's bank check use too).
 *
 * @param percent the score as a whole percentage, 0-100
 * @param passed whether it reaches the version's pass mark
 */
record QuizScore(int percent, boolean passed) {

	/**
	 * Scores an attempt.
	 * @param chosenRatings the rating of the chosen option per scenario, null where
	 * unanswered
	 * @param passMark the percentage needed to pass
	 */
	static QuizScore of(List<Integer> chosenRatings, int passMark) {
		if (chosenRatings.isEmpty()) {
			return new QuizScore(0, false);
		}
		double total = chosenRatings.stream()
			.mapToDouble((rating) -> (rating != null) ? OptionContent.credit(rating) : 0)
			.sum();
		int percent = (int) Math.round(100 * total / chosenRatings.size());
		return new QuizScore(percent, percent >= passMark);
	}

}
