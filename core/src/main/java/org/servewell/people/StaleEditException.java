package org.servewell.people;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * Someone else saved the same record since it was opened; nothing was overwritten.
 */
public class StaleEditException extends Refusal.Stale {

	public StaleEditException(String message) {
		super(message);
	}

	/**
	 * Refused in words of the {@code messages/refusals} bundle, readable in each
	 * language.
	 */
	public StaleEditException(Said said) {
		super(said);
	}

}
