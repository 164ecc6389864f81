package org.servewell.hiring;

import java.util.List;

import org.servewell.shared.Refusal;

/**
 * An action refused with the reasons to show, such as a scorecard submitted with a trait
 * left unrated. Nothing was changed.
 */
public class HiringRefusedException extends Refusal.NotAllowed {

	public HiringRefusedException(String message) {
		this(message, List.of());
	}

	public HiringRefusedException(String message, List<String> problems) {
		super(message, problems);
	}

}
