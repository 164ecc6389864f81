package org.servewell.content;

/**
 * One response a learner can choose in a scenario.
 *
 * @param text what the person does
 * @param rating 1 = makes it worse, 2 = poor, 3 = acceptable, 4 = the best response
 * @param feedback why, in terms of the principle behind it
 */
public record OptionContent(String text, int rating, String feedback) {

	/** The rating of the one best response in a scenario. */
	public static final int BEST_RATING = 4;

	/** The lowest rating, which earns no credit. */
	public static final int WORST_RATING = 1;

	/** The partial credit this option earns: 0 for a rating of 1 up to 1 for a 4. */
	public double credit() {
		return (double) (this.rating - WORST_RATING) / (BEST_RATING - WORST_RATING);
	}

}
