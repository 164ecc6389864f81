package org.servewell.learning;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * An assignment or rule that cannot be made; the message says why and how to fix it.
 */
public class InvalidAssignmentException extends Refusal.Invalid {

	public InvalidAssignmentException(String message) {
		super(message);
	}

	/**
	 * Refused in words of the {@code messages/refusals} bundle, readable in each
	 * language.
	 */
	public InvalidAssignmentException(Said said) {
		super(said);
	}

}
