package org.servewell.authoring;

/**
 * A studio action that cannot be done as asked, with a message saying why and what to do.
 */
public class AuthoringRefusedException extends RuntimeException {

	public AuthoringRefusedException(String message) {
		super(message);
	}

}
