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
		return credit(this.rating);
	}

	/**
	 * The partial credit a rating earns, 0.0 for {@value #WORST_RATING} up to 1.0 for
	 * {@value #BEST_RATING}: the one formula the reader's bank check, the studio's
	 * preview and a learner's score share.
	 * @throws IllegalArgumentException for a rating outside the scale, a programming
	 * error since the reader refuses such ratings
	 */
	public static double credit(int rating) {
		if (rating < WORST_RATING || rating > BEST_RATING) {
			throw new IllegalArgumentException(
					"An effectiveness rating is " + WORST_RATING + " to " + BEST_RATING + ", not " + rating);
		}
		return (double) (rating - WORST_RATING) / (BEST_RATING - WORST_RATING);
	}

}
