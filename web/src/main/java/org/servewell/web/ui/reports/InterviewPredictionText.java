package org.servewell.web.ui.reports;

import org.servewell.reporting.InterviewPrediction;
import org.servewell.reporting.PearsonCorrelation;

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

	private static final String KEY = "reports.prediction.";

	private InterviewPredictionText() {
	}

	/** What the figures cover, or what data they still need. */
	static String headline(Words words, InterviewPrediction prediction) {
		if (prediction.isEmpty()) {
			return words.translate(KEY + "headline.none");
		}
		return (prediction.position() != null)
				? words.translate(KEY + "headline.position", prediction.hires(), prediction.position())
				: words.translate(KEY + "headline.all", prediction.hires());
	}

	/** The correlation with two decimals, or a dash. */
	static String figure(Words words, PearsonCorrelation correlation) {
		return (correlation.r() != null) ? signed(words, correlation.r()) : "–";
	}

	/**
	 * The 95 % interval, such as "-0.64 to 1.00", "none" with the reason, or a dash
	 * without a figure.
	 */
	static String interval(Words words, PearsonCorrelation correlation) {
		if (correlation.low() != null) {
			return words.translate(KEY + "interval", signed(words, correlation.low()),
					signed(words, correlation.high()));
		}
		if (correlation.r() == null) {
			return "–";
		}
		if (correlation.pairs() < PearsonCorrelation.INTERVAL_PAIRS) {
			return words.translate(KEY + "interval.none.few", PearsonCorrelation.INTERVAL_PAIRS);
		}
		return words.translate(KEY + (correlation.tooFew() ? "interval.none.perfect-few" : "interval.none.perfect"));
	}

	/** What the figure means, with the caution when too few people are behind it. */
	static String reading(Words words, PearsonCorrelation correlation) {
		if (correlation.r() == null) {
			return words.translate(KEY + ((correlation.pairs() < 2) ? "reading.no-pairs" : "reading.no-figure"));
		}
		if (correlation.tooFew()) {
			return (correlation.low() != null)
					? words.translate(KEY + "reading.too-few.interval", correlation.pairs(),
							PearsonCorrelation.MINIMUM_PAIRS, interval(words, correlation))
					: words.translate(KEY + "reading.too-few.no-interval", correlation.pairs(),
							PearsonCorrelation.MINIMUM_PAIRS, noInterval(words, correlation));
		}
		return (correlation.low() != null)
				? words.translate(KEY + "reading.interval", strength(words, correlation.r()),
						signed(words, correlation.low()), signed(words, correlation.high()))
				: words.translate(KEY + "reading.no-interval", strength(words, correlation.r()),
						noInterval(words, correlation));
	}

	/** Why a figure has no 95 % interval, in a sentence. */
	private static String noInterval(Words words, PearsonCorrelation correlation) {
		if (correlation.pairs() < PearsonCorrelation.INTERVAL_PAIRS) {
			return words.translate(KEY + "no-interval.few", PearsonCorrelation.INTERVAL_PAIRS);
		}
		return words.translate(KEY + (correlation.tooFew() ? "no-interval.perfect-few" : "no-interval.perfect"));
	}

	private static String strength(Words words, double r) {
		double size = Math.abs(r);
		if (size < WEAK_FROM) {
			return words.translate(KEY + "strength.none");
		}
		String word = words.translate(KEY + ((size >= STRONG_FROM) ? "strength.strong"
				: (size >= MODERATE_FROM) ? "strength.moderate" : "strength.weak"));
		return words.translate(KEY + ((r > 0) ? "strength.better" : "strength.worse"), word);
	}

	private static String signed(Words words, double value) {
		// A figure that rounds to zero is shown without a minus sign; a minus is a minus
		// sign, not a hyphen.
		String shown = String.format(words.locale(), "%.2f", value);
		return shown.matches("-0[.,]00") ? shown.substring(1) : shown.replace('-', '−');
	}

}
