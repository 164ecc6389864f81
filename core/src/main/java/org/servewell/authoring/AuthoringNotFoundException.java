package org.servewell.authoring;

import org.servewell.shared.Refusal;

/**
 * A course, draft or version the studio was asked for does not exist.
 */
public class AuthoringNotFoundException extends Refusal.NotFound {

	public AuthoringNotFoundException(String message) {
		super(message);
	}

}
