package org.servewell.hiring;

import java.util.List;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * An action refused with the reasons to show, such as a scorecard submitted with a trait
 * left unrated. Nothing was changed.
 */
public class HiringRefusedException extends Refusal.NotAllowed {

	public HiringRefusedException(String message) {
		this(message, List.of());
	}

	/**
	 * Refused in words of the {@code messages/refusals} bundle, readable in each
	 * language.
	 */
	public HiringRefusedException(Said said) {
		super(said);
	}

	/**
	 * Refused in words of the {@code messages/refusals} bundle, with problems in English.
	 */
	public HiringRefusedException(Said said, List<String> problems) {
		super(said, problems);
	}

	public HiringRefusedException(String message, List<String> problems) {
		super(message, problems);
	}

}
