package org.servewell.people;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * A change to a person that breaks one of the people rules; the message says what is
 * wrong and how to fix it.
 */
public class InvalidPersonException extends Refusal.Invalid {

	private final String field;

	/**
	 * @param field the form field the problem belongs to (a {@link PersonForm} component
	 * name, or "password")
	 * @param message what is wrong and how to fix it
	 */
	public InvalidPersonException(String field, String message) {
		super(message);
		this.field = field;
	}

	/**
	 * @param field the form field the problem belongs to
	 * @param said what is wrong and how to fix it, in words of the refusals bundle
	 */
	public InvalidPersonException(String field, Said said) {
		super(said);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
