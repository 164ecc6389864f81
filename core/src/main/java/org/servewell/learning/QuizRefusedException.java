package org.servewell.learning;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * A quiz action that cannot be done now, such as answering a submitted attempt or
 * starting one with no attempts left; the message says why. Nothing was changed.
 */
public class QuizRefusedException extends Refusal.NotAllowed {

	public QuizRefusedException(String message) {
		super(message);
	}

	/**
	 * Refused in words of the {@code messages/refusals} bundle, readable in each
	 * language.
	 */
	public QuizRefusedException(Said said) {
		super(said);
	}

}
