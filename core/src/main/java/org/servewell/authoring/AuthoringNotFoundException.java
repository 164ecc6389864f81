package org.servewell.authoring;

/**
 * A course, draft or version the studio was asked for does not exist.
 */
public class AuthoringNotFoundException extends RuntimeException {

	public AuthoringNotFoundException(String message) {
		super(message);
	}

}
