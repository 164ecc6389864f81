package org.servewell.authoring;

import java.util.List;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * A studio action that cannot be done as asked, with a message saying why and what to do,
 * and for an import every problem found, each with its file and line.
 */
public class AuthoringRefusedException extends Refusal.NotAllowed {

	public AuthoringRefusedException(String message) {
		this(message, List.of());
	}

	/**
	 * Refused in words of the {@code messages/refusals} bundle, readable in each
	 * language.
	 */
	public AuthoringRefusedException(Said said) {
		super(said);
	}

	/**
	 * Refused in words of the {@code messages/refusals} bundle, with problems in English.
	 */
	public AuthoringRefusedException(Said said, List<String> problems) {
		super(said, problems);
	}

	public AuthoringRefusedException(String message, List<String> problems) {
		super(message, problems);
	}

}
