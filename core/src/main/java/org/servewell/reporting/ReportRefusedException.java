package org.servewell.reporting;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * A report that the person asking may not see.
 */
public class ReportRefusedException extends Refusal.NotAllowed {

	public ReportRefusedException(String message) {
		super(message);
	}

	/**
	 * Refused in words of the {@code messages/refusals} bundle, readable in each
	 * language.
	 */
	public ReportRefusedException(Said said) {
		super(said);
	}

}
