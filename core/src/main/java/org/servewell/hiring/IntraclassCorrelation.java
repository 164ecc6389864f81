package org.servewell.hiring;

/**
 * Intraclass correlations of a complete targets x judges table, from the mean squares of
 * a two-way analysis of variance (Shrout and Fleiss, "Intraclass correlations: uses in
 * assessing rater reliability", 1979). Here the targets are candidates and the judges the
 * interviewers of a fixed panel who all rated every candidate.
 * <p>
 * Kept in our code: it is a few sums of squares, and neither DKPro Statistics nor Commons
 * Math offers it.
 */
final class IntraclassCorrelation {

	private final int targets;

	private final int judges;

	/** Between-targets mean square (BMS). */
	private final double betweenTargets;

	/** Between-judges mean square (JMS). */
	private final double betweenJudges;

	/** Residual mean square (EMS). */
	private final double residual;

	/**
	 * @param ratings one row per target, one column per judge; at least two of each and
	 * no gaps
	 */
	IntraclassCorrelation(double[][] ratings) {
		this.targets = ratings.length;
		this.judges = (this.targets > 0) ? ratings[0].length : 0;
		if (this.targets < 2 || this.judges < 2) {
			throw new IllegalArgumentException("An intraclass correlation needs two targets and two judges at least.");
		}
		double[] targetSums = new double[this.targets];
		double[] judgeSums = new double[this.judges];
		double sum = 0;
		double sumOfSquares = 0;
		for (int target = 0; target < this.targets; target++) {
			if (ratings[target].length != this.judges) {
				throw new IllegalArgumentException("Every target needs a rating from every judge.");
			}
			for (int judge = 0; judge < this.judges; judge++) {
				double rating = ratings[target][judge];
				targetSums[target] += rating;
				judgeSums[judge] += rating;
				sum += rating;
				sumOfSquares += rating * rating;
			}
		}
		double correction = sum * sum / (this.targets * this.judges);
		double total = sumOfSquares - correction;
		double targetSquares = sumOfSquaresOfMeans(targetSums, this.judges) - correction;
		double judgeSquares = sumOfSquaresOfMeans(judgeSums, this.targets) - correction;
		this.betweenTargets = targetSquares / (this.targets - 1);
		this.betweenJudges = judgeSquares / (this.judges - 1);
		this.residual = (total - targetSquares - judgeSquares) / ((this.targets - 1) * (this.judges - 1));
	}

	private static double sumOfSquaresOfMeans(double[] sums, int count) {
		double result = 0;
		for (double sum : sums) {
			result += sum * sum / count;
		}
		return result;
	}

	/**
	 * ICC(2,1): how far one judge's rating agrees in absolute terms with any other's,
	 * judges being a random sample, so a judge's overall leniency counts as disagreement.
	 * NaN when the ratings do not vary at all.
	 */
	double absoluteAgreement() {
		return (this.betweenTargets - this.residual) / (this.betweenTargets + (this.judges - 1) * this.residual
				+ this.judges * (this.betweenJudges - this.residual) / this.targets);
	}

	/**
	 * ICC(3,1): how consistently the fixed judges rank the targets, ignoring each judge's
	 * overall leniency. NaN when the ratings do not vary at all.
	 */
	double consistency() {
		return (this.betweenTargets - this.residual) / (this.betweenTargets + (this.judges - 1) * this.residual);
	}

}
