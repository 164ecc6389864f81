package org.servewell.learning;

import java.util.List;

/**
 * The score of a submitted attempt: the mean partial credit of the chosen options, where
 * an option's effectiveness rating 1-4 is worth 0, 1/3, 2/3 or 1, and an unanswered
 * scenario is worth nothing.
 *
 * @param percent the score as a whole percentage, 0-100
 * @param passed whether it reaches the version's pass mark
 */
record QuizScore(int percent, boolean passed) {

	static final int BEST_RATING = 4;

	/** The credit an option's rating earns, 0.0 to 1.0. */
	static double credit(int rating) {
		if (rating < 1 || rating > BEST_RATING) {
			throw new IllegalArgumentException("An effectiveness rating is 1 to 4, not " + rating);
		}
		return (rating - 1) / (double) (BEST_RATING - 1);
	}

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
		double total = chosenRatings.stream().mapToDouble((rating) -> (rating != null) ? credit(rating) : 0).sum();
		int percent = (int) Math.round(100 * total / chosenRatings.size());
		return new QuizScore(percent, percent >= passMark);
	}

}
