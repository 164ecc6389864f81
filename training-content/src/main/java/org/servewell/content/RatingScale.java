package org.servewell.content;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The behavioural rating scale every service trait is rated on: 1 to 5, each rating with
 * its anchor. The trait model's anchors, an interviewer's ratings, a kit's pass threshold
 * and the agreement statistics all use this one scale.
 */
public final class RatingScale {

	/** The lowest rating. */
	public static final int LOWEST = 1;

	/** The highest rating. */
	public static final int HIGHEST = 5;

	private static final List<Integer> RATINGS = IntStream.rangeClosed(LOWEST, HIGHEST).boxed().toList();

	private RatingScale() {
	}

	/** Whether {@code rating} is on the scale. */
	public static boolean contains(int rating) {
		return rating >= LOWEST && rating <= HIGHEST;
	}

	/** Every rating, lowest first. */
	public static List<Integer> ratings() {
		return RATINGS;
	}

	/** The scale as messages word it: "1 to 5". */
	public static String range() {
		return LOWEST + " to " + HIGHEST;
	}

}
