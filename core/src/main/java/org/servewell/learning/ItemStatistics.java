package org.servewell.learning;

import org.servewell.content.OptionContent;

/**
 * The arithmetic of item analysis, from sums the database computes: a scenario's facility
 * from its points, and a Pearson correlation from n, Σx, Σy, Σx², Σy² and Σxy. Points are
 * an option's rating minus one; credit is points over the best option's points.
 */
final class ItemStatistics {

	static final int BEST_POINTS = OptionContent.BEST_RATING - OptionContent.WORST_RATING;

	private ItemStatistics() {
	}

	/**
	 * The mean credit of {@code answered} answers worth {@code sumPoints}; null without
	 * answers.
	 */
	static Double facility(long answered, long sumPoints) {
		return (answered > 0) ? sumPoints / (double) (answered * BEST_POINTS) : null;
	}

	/**
	 * The Pearson correlation of x and y over n pairs, or null when n is below 2 or
	 * either does not vary. Scaling x or y (points or credit) leaves it unchanged.
	 */
	static Double correlation(long n, long sumX, long sumY, long sumXX, long sumYY, long sumXY) {
		if (n < 2) {
			return null;
		}
		// n times the co- and variances: whole numbers, so "does not vary" is an exact
		// zero.
		long covariance = n * sumXY - sumX * sumY;
		long varianceX = n * sumXX - sumX * sumX;
		long varianceY = n * sumYY - sumY * sumY;
		if (varianceX <= 0 || varianceY <= 0) {
			return null;
		}
		return covariance / Math.sqrt((double) varianceX * varianceY);
	}

}
