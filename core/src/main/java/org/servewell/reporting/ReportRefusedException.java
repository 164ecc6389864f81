package org.servewell.reporting;

import org.servewell.shared.Refusal;

/**
 * A report that the person asking may not see.
 */
public class ReportRefusedException extends Refusal.NotAllowed {

	public ReportRefusedException(String message) {
		super(message);
	}

}
