package org.servewell.web.ui.reports;

import org.servewell.reporting.HiringFunnel;

/**
 * The funnel's figures in words.
 */
final class HiringFunnelText {

	private HiringFunnelText() {
	}

	/**
	 * Such as "Of 12 candidates for Reception, 8 were interviewed, 6 decided and 3 hired.
	 * A decision took 4.0 days at the median (mean 5.2 days)."
	 */
	static String summary(Words words, HiringFunnel.Position position) {
		String steps = words.translate("reports.funnel.summary.steps", position.interviewed(), position.decided(),
				position.hired());
		String counts = words.translate("reports.funnel.summary", position.candidates(), position.position(), steps);
		if (position.medianDaysToDecision() == null) {
			return counts + words.translate("reports.funnel.summary.undecided");
		}
		return counts + words.translate("reports.funnel.summary.decision", days(words, position.medianDaysToDecision()),
				days(words, position.meanDaysToDecision()));
	}

	/** Days with one decimal, or a dash without a decision. */
	static String days(Words words, Double days) {
		return (days != null) ? words.translate("reports.funnel.days", String.format(words.locale(), "%.1f", days))
				: "–";
	}

}
