package org.servewell.people;

import org.servewell.shared.Refusal;

/**
 * No person has the id asked for (or it was removed meanwhile).
 */
public class PersonNotFoundException extends Refusal.NotFound {

	public PersonNotFoundException(long id) {
		super("No person with id " + id + ".");
	}

	public PersonNotFoundException(String email) {
		super("No person signs in with " + email + ".");
	}

}
