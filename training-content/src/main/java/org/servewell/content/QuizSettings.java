package org.servewell.content;

import java.util.List;

/**
 * How a course's scenario quiz is drawn from its bank and passed. The one type for quiz
 * settings from the content files through core (drafts, published versions, attempts) to
 * the screens; the entities that store them map to and from it in one place each.
 * <p>
 * The bounds below are the ones the content reader checks (a draft is checked by writing
 * it in the content format and reading it back), so the studio, an imported zip and a
 * content folder accept the same settings. A value out of bounds can still be held, as a
 * draft does until its problems are fixed.
 *
 * @param scenariosPerAttempt scenarios drawn per attempt, at least
 * {@value #MIN_SCENARIOS_PER_ATTEMPT} and at most the bank's size
 * @param passMark percent of the maximum credit needed to pass,
 * {@value #MIN_PASS_MARK}-{@value #MAX_PASS_MARK}
 * @param attemptsAllowed how many attempts a learner has, {@value #MIN_ATTEMPTS_ALLOWED}
 * or more
 * @param shuffleOptions whether options are shown in a new order per attempt
 */
public record QuizSettings(int scenariosPerAttempt, int passMark, int attemptsAllowed, boolean shuffleOptions) {

	/** Fewest scenarios an attempt draws. */
	public static final int MIN_SCENARIOS_PER_ATTEMPT = 1;

	/** Lowest pass mark, in percent. */
	public static final int MIN_PASS_MARK = 1;

	/** Highest pass mark, in percent. */
	public static final int MAX_PASS_MARK = 100;

	/** Fewest attempts a learner may have. */
	public static final int MIN_ATTEMPTS_ALLOWED = 1;

	/** The settings of a course started in the studio, until its author changes them. */
	public static final QuizSettings NEW_COURSE = new QuizSettings(5, 75, 3, true);

	/**
	 * The score of an attempt as a whole percentage, 0-100: the mean partial credit
	 * ({@link OptionContent#credit(int)}) of the chosen options, where an unanswered
	 * scenario earns nothing. The one formula a learner's quiz and the studio's preview
	 * share.
	 * @param chosenRatings the rating of the chosen option per scenario drawn, null where
	 * unanswered
	 */
	public static int scorePercent(List<Integer> chosenRatings) {
		if (chosenRatings.isEmpty()) {
			return 0;
		}
		double total = chosenRatings.stream()
			.mapToDouble((rating) -> (rating != null) ? OptionContent.credit(rating) : 0)
			.sum();
		return (int) Math.round(100 * total / chosenRatings.size());
	}

	/** Whether a score, in percent, reaches the pass mark. */
	public boolean passes(int scorePercent) {
		return scorePercent >= this.passMark;
	}

}
