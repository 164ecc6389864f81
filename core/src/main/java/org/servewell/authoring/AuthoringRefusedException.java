package org.servewell.authoring;

import java.util.List;

/**
 * A studio action that cannot be done as asked, with a message saying why and what to do,
 * and for an import every problem found, each with its file and line.
 */
public class AuthoringRefusedException extends RuntimeException {

	private final List<String> problems;

	public AuthoringRefusedException(String message) {
		this(message, List.of());
	}

	public AuthoringRefusedException(String message, List<String> problems) {
		super(message);
		this.problems = List.copyOf(problems);
	}

	/** Each problem of a refused import, as "file:line: message". */
	public List<String> problems() {
		return this.problems;
	}

}
