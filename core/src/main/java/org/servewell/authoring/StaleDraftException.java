package org.servewell.authoring;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * Someone changed a part of a draft after the trainer opened it: their save is refused
 * rather than silently overwriting the other change.
 */
public class StaleDraftException extends Refusal.Stale {

	public StaleDraftException(String message) {
		super(message);
	}

	/**
	 * Refused in words of the {@code messages/refusals} bundle, readable in each
	 * language.
	 */
	public StaleDraftException(Said said) {
		super(said);
	}

}
