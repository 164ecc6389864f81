package org.servewell.learning;

import org.servewell.shared.Refusal;

/**
 * An assignment or rule that cannot be made; the message says why and how to fix it.
 */
public class InvalidAssignmentException extends Refusal.Invalid {

	public InvalidAssignmentException(String message) {
		super(message);
	}

}
