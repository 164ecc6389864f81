package org.servewell.authoring;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * A course, draft or version the studio was asked for does not exist.
 */
public class AuthoringNotFoundException extends Refusal.NotFound {

	public AuthoringNotFoundException(String message) {
		super(message);
	}

	/**
	 * Refused in words of the {@code messages/refusals} bundle, readable in each
	 * language.
	 */
	public AuthoringNotFoundException(Said said) {
		super(said);
	}

}
