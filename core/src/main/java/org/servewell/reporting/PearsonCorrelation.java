package org.servewell.reporting;

import java.util.List;

/**
 * The Pearson correlation of paired figures with its 95 % interval from Fisher's z, and
 * whether there are too few pairs for the figure to mean anything (decision 0018).
 * <p>
 * Hand-rolled (a dozen lines): no statistics library that has it is on the classpath, and
 * adding Commons Math for one formula was not worth a dependency.
 *
 * @param pairs n, how many pairs (people) are behind the figure
 * @param r the correlation, -1 to 1, or null with fewer than two pairs or when either
 * side does not vary; exactly 1 or -1 when the pairs lie on a line
 * @param low the lower end of the 95 % interval, or null without r, with fewer than
 * {@link #INTERVAL_PAIRS} pairs (Fisher's z needs n - 3 &gt; 0), or when the correlation
 * is {@link #perfect()} (Fisher's z, atanh(r), is then infinite)
 * @param high the upper end of the 95 % interval, or null as {@code low}
 */
public record PearsonCorrelation(int pairs, Double r, Double low, Double high) {

	/**
	 * Below this many pairs a correlation is shown with a caution that it could mean
	 * anything: with 9 pairs an observed 0.5 has a 95 % interval of about -0.25 to 0.87.
	 */
	public static final int MINIMUM_PAIRS = 10;

	/**
	 * From this many pairs a correlation that is not {@link #perfect()} has an interval:
	 * Fisher's z has standard error 1 / sqrt(n - 3).
	 */
	public static final int INTERVAL_PAIRS = 4;

	/** The normal quantile of a two-sided 95 % interval. */
	private static final double Z_95 = 1.959964;

	/**
	 * How close to ±1 an r is taken as exactly ±1: pairs on a line leave rounding dust (r
	 * = 0.9999999999999998), and atanh of the dust would give a finite but meaningless
	 * interval.
	 */
	private static final double PERFECT_WITHIN = 1e-9;

	/** The correlation of the pairs' x and y. */
	public static PearsonCorrelation of(List<Pair> pairs) {
		int n = pairs.size();
		if (n < 2) {
			return new PearsonCorrelation(n, null, null, null);
		}
		double meanX = pairs.stream().mapToDouble(Pair::x).average().orElseThrow();
		double meanY = pairs.stream().mapToDouble(Pair::y).average().orElseThrow();
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (Pair pair : pairs) {
			double dx = pair.x() - meanX;
			double dy = pair.y() - meanY;
			sxy += dx * dy;
			sxx += dx * dx;
			syy += dy * dy;
		}
		// Means of small fractions (thirds, halves) leave rounding dust in a constant
		// series.
		if (sxx < 1e-12 || syy < 1e-12) {
			return new PearsonCorrelation(n, null, null, null);
		}
		double r = sxy / Math.sqrt(sxx * syy);
		if (Math.abs(r) > 1 - PERFECT_WITHIN) {
			// atanh(±1) is infinite: a perfect correlation has no interval.
			return new PearsonCorrelation(n, Math.signum(r), null, null);
		}
		if (n < INTERVAL_PAIRS) {
			return new PearsonCorrelation(n, r, null, null);
		}
		// Fisher's z: atanh(r) is about normal with standard error 1 / sqrt(n - 3).
		double z = atanh(r);
		double margin = Z_95 / Math.sqrt(n - 3);
		return new PearsonCorrelation(n, r, Math.tanh(z - margin), Math.tanh(z + margin));
	}

	/** Whether there are too few pairs for the figure to mean anything. */
	public boolean tooFew() {
		return this.pairs < MINIMUM_PAIRS;
	}

	/**
	 * Whether the pairs lie exactly on a line (r is 1 or -1), for which no interval can
	 * be computed; with few pairs that happens by chance alone.
	 */
	public boolean perfect() {
		return this.r != null && Math.abs(this.r) == 1;
	}

	private static double atanh(double r) {
		// |r| < 1 here: perfect correlations have no interval.
		return 0.5 * Math.log((1 + r) / (1 - r));
	}

	/**
	 * One person's two figures.
	 *
	 * @param x such as their interview rating
	 * @param y such as their quiz result
	 */
	public record Pair(double x, double y) {
	}

}
