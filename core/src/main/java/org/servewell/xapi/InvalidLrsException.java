package org.servewell.xapi;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/** LRS settings that break a rule; the message says what to fix. */
public class InvalidLrsException extends Refusal.Invalid {

	private final String field;

	/**
	 * @param field the {@link LrsForm} component the problem belongs to
	 * @param said what is wrong and how to fix it, in words of the refusals bundle
	 */
	InvalidLrsException(String field, Said said) {
		super(said);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
