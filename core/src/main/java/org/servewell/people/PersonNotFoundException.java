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

	private PersonNotFoundException(String message, boolean ignored) {
		super(message);
	}

	/** No person has the HR system's employee number. */
	public static PersonNotFoundException withEmployeeNumber(String employeeNumber) {
		return new PersonNotFoundException("No person has employee number " + employeeNumber + ".", true);
	}

	/** The signed-in account is no longer known (removed while signed in). */
	public static PersonNotFoundException signedIn() {
		return new PersonNotFoundException("Servewell no longer knows your account. Sign in again.", true);
	}

}
