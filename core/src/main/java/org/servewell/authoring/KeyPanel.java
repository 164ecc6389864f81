package org.servewell.authoring;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The panel's key of a draft, shown to a trainer once they submitted their own keying:
 * every rater's rating of every option, the mean rounded to the scale, the options where
 * raters differ by {@value #DISPUTED_SPREAD} or more, and how well the panel agrees over
 * the bank. The draft's own ratings count as one rater, named {@link #DRAFT_RATER}.
 *
 * @param courseCode the course whose draft is keyed
 * @param raters the raters, the draft's ratings first, then trainers who submitted, by
 * name
 * @param scenarios the draft's scenarios in order
 * @param alpha Krippendorff's alpha for interval data over the bank's options, as hiring
 * reports it for interviewers; empty when no option has two ratings or all ratings are
 * the same
 * @param optionsCompared options rated by two or more raters (the others do not count)
 */
public record KeyPanel(String courseCode, List<String> raters, List<Scenario> scenarios, OptionalDouble alpha,
		int optionsCompared) {

	/** The name the draft's own ratings go by among the raters. */
	public static final String DRAFT_RATER = "The draft's ratings (its author)";

	/** How far apart two raters' ratings of an option are when it is flagged. */
	public static final int DISPUTED_SPREAD = 2;

	public KeyPanel {
		raters = List.copyOf(raters);
		scenarios = List.copyOf(scenarios);
	}

	/** How many options raters differ on by {@value #DISPUTED_SPREAD} or more. */
	public long disputedOptions() {
		return this.scenarios.stream()
			.flatMap((scenario) -> scenario.options().stream())
			.filter(Option::disputed)
			.count();
	}

	/**
	 * Whether the panel is only the draft's author: nobody else has submitted a keying.
	 */
	public boolean singleAuthor() {
		return this.raters.size() <= 1;
	}

	/**
	 * A scenario as the panel keyed it.
	 *
	 * @param key the scenario's id
	 * @param title short name
	 * @param options the options with their ratings
	 * @param keyProblem why the panel's key cannot be applied to this scenario as it is
	 * (no single option keyed 4, or an option nobody rated), or empty when it can
	 */
	public record Scenario(String key, String title, List<Option> options, Optional<String> keyProblem) {

		public Scenario {
			options = List.copyOf(options);
		}

	}

	/**
	 * An option as the panel keyed it.
	 *
	 * @param number the option's number from 1
	 * @param text what the person does
	 * @param ratings each rater's rating, in the order of the panel's raters
	 * @param mean the mean rating, or empty when nobody rated it
	 * @param key the mean rounded to the scale (halves up), or 0 when nobody rated it
	 * @param draftRating the rating the draft gives it now, 0 when none
	 * @param disputed whether two raters differ by {@value KeyPanel#DISPUTED_SPREAD} or
	 * more
	 */
	public record Option(int number, String text, List<Rating> ratings, OptionalDouble mean, int key, int draftRating,
			boolean disputed) {

		public Option {
			ratings = List.copyOf(ratings);
		}

	}

	/**
	 * One rater's rating of an option.
	 *
	 * @param rater the trainer's name, or {@link KeyPanel#DRAFT_RATER}
	 * @param rating 1-4
	 */
	public record Rating(String rater, int rating) {
	}

}
