package org.servewell.authoring;

import java.util.List;

import org.servewell.shared.Refusal;

/**
 * A studio action that cannot be done as asked, with a message saying why and what to do,
 * and for an import every problem found, each with its file and line.
 */
public class AuthoringRefusedException extends Refusal.NotAllowed {

	public AuthoringRefusedException(String message) {
		this(message, List.of());
	}

	public AuthoringRefusedException(String message, List<String> problems) {
		super(message, problems);
	}

}
