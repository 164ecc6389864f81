package org.servewell.people;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;
import org.servewell.shared.Said;

/**
 * No person has the id asked for (or it was removed meanwhile).
 */
public class PersonNotFoundException extends Refusal.NotFound {

	public PersonNotFoundException(long id) {
		super(new Said("people.person-missing", id));
	}

	public PersonNotFoundException(String email) {
		super(new Said("people.no-one-signs-in-with", email));
	}

	private PersonNotFoundException(Said said) {
		super(said);
	}

	/** No person has the HR system's employee number. */
	public static PersonNotFoundException withEmployeeNumber(String employeeNumber) {
		return new PersonNotFoundException(new Said("people.employee-number-missing", employeeNumber));
	}

	/** The signed-in account is no longer known (removed while signed in). */
	public static PersonNotFoundException signedIn() {
		return new PersonNotFoundException(new Said("people.account-gone"));
	}

}
