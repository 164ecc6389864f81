package org.servewell.people;

import org.servewell.shared.Refusal;

/**
 * Someone else saved the same record since it was opened; nothing was overwritten.
 */
public class StaleEditException extends Refusal.Stale {

	public StaleEditException(String message) {
		super(message);
	}

}
