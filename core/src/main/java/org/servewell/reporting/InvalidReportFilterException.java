package org.servewell.reporting;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * A report filter that makes no sense, such as a due window that ends before it starts;
 * the message says which filter and why.
 */
public class InvalidReportFilterException extends Refusal.Invalid {

	public InvalidReportFilterException(String message) {
		super(message);
	}

	/**
	 * Refused in words of the {@code messages/refusals} bundle, readable in each
	 * language.
	 */
	public InvalidReportFilterException(Said said) {
		super(said);
	}

}
