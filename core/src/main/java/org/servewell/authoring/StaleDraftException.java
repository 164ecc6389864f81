package org.servewell.authoring;

import org.servewell.shared.Refusal;

/**
 * Someone changed a part of a draft after the trainer opened it: their save is refused
 * rather than silently overwriting the other change.
 */
public class StaleDraftException extends Refusal.Stale {

	public StaleDraftException(String message) {
		super(message);
	}

}
