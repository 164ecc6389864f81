package org.servewell.hiring;

import java.util.List;

/**
 * An action refused with the reasons to show, such as a scorecard submitted with a trait
 * left unrated. Nothing was changed.
 */
public class HiringRefusedException extends RuntimeException {

	private final List<String> problems;

	public HiringRefusedException(String message) {
		this(message, List.of());
	}

	public HiringRefusedException(String message, List<String> problems) {
		super(message);
		this.problems = List.copyOf(problems);
	}

	/** Each problem in words, possibly none beyond the message. */
	public List<String> problems() {
		return this.problems;
	}

}
