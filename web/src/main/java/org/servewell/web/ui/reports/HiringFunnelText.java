package org.servewell.web.ui.reports;

import org.servewell.reporting.HiringFunnel;
import org.servewell.web.ui.components.Formats;

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
	static String summary(HiringFunnel.Position position) {
		String counts = "Of " + candidates(position.candidates()) + " for " + position.position() + ", "
				+ position.interviewed() + " " + were(position.interviewed()) + " interviewed, " + position.decided()
				+ " decided and " + position.hired() + " hired.";
		if (position.medianDaysToDecision() == null) {
			return counts + " None has a decision yet.";
		}
		return counts + " A decision took " + days(position.medianDaysToDecision()) + " at the median (mean "
				+ days(position.meanDaysToDecision()) + ").";
	}

	/** Days with one decimal, or a dash without a decision. */
	static String days(Double days) {
		return (days != null) ? Formats.decimal(days, 1) + " days" : "–";
	}

	private static String candidates(int count) {
		return (count == 1) ? "1 candidate" : count + " candidates";
	}

	private static String were(int count) {
		return (count == 1) ? "was" : "were";
	}

}
