package org.servewell.people;

/**
 * No person has the id asked for (or it was removed meanwhile).
 */
public class PersonNotFoundException extends RuntimeException {

	public PersonNotFoundException(long id) {
		super("No person with id " + id + ".");
	}

}
