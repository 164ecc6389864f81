package org.servewell.reporting;

import org.servewell.shared.Refusal;

/**
 * A report filter that makes no sense, such as a due window that ends before it starts;
 * the message says which filter and why.
 */
public class InvalidReportFilterException extends Refusal.Invalid {

	public InvalidReportFilterException(String message) {
		super(message);
	}

}
