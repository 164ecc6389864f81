package org.servewell.learning;

import java.util.ArrayList;
import java.util.List;

/**
 * Something about a quiz scenario that a trainer should look at. Flags on facility,
 * discrimination and the picks of a weaker option are raised only once a scenario has
 * {@value #MINIMUM_ANSWERED} answers, and an unused option only once it has
 * {@value #MINIMUM_ANSWERED_FOR_OPTIONS}: with fewer, one learner's luck would decide.
 */
public enum ItemFlag {

	/** Facility above {@value #TOO_EASY_ABOVE}. */
	TOO_EASY,

	/** Facility below {@value #TOO_HARD_BELOW}. */
	TOO_HARD,

	/** Discrimination below {@value #DISCRIMINATION_BELOW}. */
	NEGATIVE_DISCRIMINATION,

	/**
	 * An option nobody chose, among at least {@value #MINIMUM_ANSWERED_FOR_OPTIONS}
	 * answers.
	 */
	OPTION_NEVER_PICKED,

	/** An option rated below the best was chosen more often than the best. */
	DISTRACTOR_BEATS_BEST;

	/**
	 * Answers a scenario needs before its facility, discrimination or picks raise a flag.
	 */
	public static final int MINIMUM_ANSWERED = 5;

	/** Answers a scenario needs before an option nobody chose raises a flag. */
	public static final int MINIMUM_ANSWERED_FOR_OPTIONS = 10;

	/** Mean credit above which a scenario is too easy. */
	public static final double TOO_EASY_ABOVE = 0.90;

	/** Mean credit below which a scenario is too hard. */
	public static final double TOO_HARD_BELOW = 0.30;

	/** Discrimination below which the stronger learners do worse on the scenario. */
	public static final double DISCRIMINATION_BELOW = 0.0;

	/** What the flag means and what to check, in a sentence or two for trainers. */
	public String describe() {
		return switch (this) {
			case TOO_EASY -> "Nearly everyone chose the best answer (average credit above " + percent(TOO_EASY_ABOVE)
					+ "%), so this scenario does not tell who has understood the course. Make the weaker options "
					+ "more believable.";
			case TOO_HARD -> "Most people missed the best answer (average credit below " + percent(TOO_HARD_BELOW)
					+ "%). Check that the best answer really is best and that the lessons teach what it takes.";
			case NEGATIVE_DISCRIMINATION ->
				"People who did well on the rest of the quiz did worse on this scenario than "
						+ "people who did badly. The answer key or the wording may be misleading.";
			case OPTION_NEVER_PICKED -> "An option was never chosen, so it does no work as a choice. Rewrite it or "
					+ "replace it with a mistake people really make.";
			case DISTRACTOR_BEATS_BEST -> "A weaker option was chosen more often than the best one. Check the answer "
					+ "key, and whether the lessons leave people believing the weaker option.";
		};
	}

	/** The flags a scenario's figures raise, in declaration order. */
	static List<ItemFlag> raisedBy(int answered, Double facility, Double discrimination, List<OptionPicks> options) {
		List<ItemFlag> flags = new ArrayList<>();
		if (answered < MINIMUM_ANSWERED) {
			return flags;
		}
		if (facility != null && facility > TOO_EASY_ABOVE) {
			flags.add(TOO_EASY);
		}
		if (facility != null && facility < TOO_HARD_BELOW) {
			flags.add(TOO_HARD);
		}
		if (discrimination != null && discrimination < DISCRIMINATION_BELOW) {
			flags.add(NEGATIVE_DISCRIMINATION);
		}
		if (answered >= MINIMUM_ANSWERED_FOR_OPTIONS && options.stream().anyMatch((option) -> option.picked() == 0)) {
			flags.add(OPTION_NEVER_PICKED);
		}
		if (distractorBeatsBest(options)) {
			flags.add(DISTRACTOR_BEATS_BEST);
		}
		return flags;
	}

	// Where several options share the best rating, the most chosen of them stands for the
	// best.
	private static boolean distractorBeatsBest(List<OptionPicks> options) {
		int bestRating = options.stream().mapToInt(OptionPicks::rating).max().orElse(0);
		int bestPicked = options.stream()
			.filter((option) -> option.rating() == bestRating)
			.mapToInt(OptionPicks::picked)
			.max()
			.orElse(0);
		return options.stream().anyMatch((option) -> option.rating() < bestRating && option.picked() > bestPicked);
	}

	private static long percent(double share) {
		return Math.round(share * 100);
	}

}
