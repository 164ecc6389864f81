package org.servewell.web.ui.reports;

import org.servewell.reporting.InterviewPrediction;
import org.servewell.reporting.PearsonCorrelation;
import org.servewell.web.ui.components.Formats;

/**
 * The prediction's figures in plain words: what a correlation says, and a caution when
 * too few people are behind it to mean anything (decision 0018).
 */
final class InterviewPredictionText {

	/** From here a correlation reads as strong. */
	private static final double STRONG_FROM = 0.5;

	/** From here a correlation reads as moderate. */
	private static final double MODERATE_FROM = 0.3;

	/** Below this a correlation reads as no relation at all. */
	private static final double WEAK_FROM = 0.1;

	private InterviewPredictionText() {
	}

	/** What the figures cover, or what data they still need. */
	static String headline(InterviewPrediction prediction) {
		if (prediction.isEmpty()) {
			return "No hire has both interview ratings and quiz results yet.";
		}
		String hires = (prediction.hires() == 1) ? "1 hire has" : prediction.hires() + " hires have";
		return hires + " both interview ratings and quiz results on the same trait"
				+ ((prediction.position() != null) ? " for " + prediction.position() : "") + ".";
	}

	/** The correlation with two decimals, or a dash. */
	static String figure(PearsonCorrelation correlation) {
		return (correlation.r() != null) ? signed(correlation.r()) : "–";
	}

	/**
	 * The 95 % interval, such as "-0.64 to 1.00", "none" with the reason, or a dash
	 * without a figure.
	 */
	static String interval(PearsonCorrelation correlation) {
		if (correlation.low() != null) {
			return signed(correlation.low()) + " to " + signed(correlation.high());
		}
		if (correlation.r() == null) {
			return "–";
		}
		if (correlation.pairs() < PearsonCorrelation.INTERVAL_PAIRS) {
			return "none (fewer than " + PearsonCorrelation.INTERVAL_PAIRS + " people)";
		}
		return correlation.tooFew() ? "none (a perfect correlation from few people)" : "none (a perfect correlation)";
	}

	/** What the figure means, with the caution when too few people are behind it. */
	static String reading(PearsonCorrelation correlation) {
		if (correlation.r() == null) {
			return (correlation.pairs() < 2) ? "Needs at least two hires to compare."
					: "No figure: every rating or every result is the same.";
		}
		if (correlation.tooFew()) {
			return "Too few people to mean anything (" + correlation.pairs() + " of " + PearsonCorrelation.MINIMUM_PAIRS
					+ " needed)"
					+ ((correlation.low() != null)
							? ": the true figure could be anywhere from " + interval(correlation) + "."
							: ". " + noInterval(correlation));
		}
		return strength(correlation.r()) + ((correlation.low() != null) ? " The true figure most likely lies between "
				+ signed(correlation.low()) + " and " + signed(correlation.high()) + "."
				: " " + noInterval(correlation));
	}

	/** Why a figure has no 95 % interval, in a sentence. */
	private static String noInterval(PearsonCorrelation correlation) {
		String range = "the range the true figure most likely lies in cannot be computed";
		if (correlation.pairs() < PearsonCorrelation.INTERVAL_PAIRS) {
			return "No interval: " + range + " from fewer than " + PearsonCorrelation.INTERVAL_PAIRS + " people.";
		}
		return "No interval: a perfect correlation" + (correlation.tooFew() ? " from few people" : "")
				+ " (every hire on one line), for which " + range + ".";
	}

	private static String strength(double r) {
		double size = Math.abs(r);
		if (size < WEAK_FROM) {
			return "No relation: the interview ratings say nothing about the quiz results.";
		}
		String word = (size >= STRONG_FROM) ? "Strong" : (size >= MODERATE_FROM) ? "Moderate" : "Weak";
		return word + ((r > 0) ? ": hires rated higher did better in the quizzes."
				: ": hires rated higher did worse in the quizzes.");
	}

	private static String signed(double value) {
		// A figure that rounds to zero is shown without a minus sign.
		String shown = Formats.decimal(value, 2);
		return shown.equals("-0.00") ? "0.00" : shown.replace('-', '−');
	}

}
