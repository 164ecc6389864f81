package org.servewell.learning;

/**
 * A quiz action that cannot be done now, such as answering a submitted attempt or
 * starting one with no attempts left; the message says why. Nothing was changed.
 */
public class QuizRefusedException extends RuntimeException {

	public QuizRefusedException(String message) {
		super(message);
	}

}
