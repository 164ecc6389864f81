package org.servewell.learning;

/**
 * An assignment or rule that cannot be made; the message says why and how to fix it.
 */
public class InvalidAssignmentException extends RuntimeException {

	public InvalidAssignmentException(String message) {
		super(message);
	}

}
