package org.servewell.hiring;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * Someone changed a hiring record after the person opened it, such as a scorecard
 * submitted from another window or a kit saved by someone else: their save is refused
 * rather than silently overwriting the other change, and the message says to reload.
 */
public class HiringStaleException extends Refusal.Stale {

	public HiringStaleException(String message) {
		super(message);
	}

	/**
	 * Refused in words of the {@code messages/refusals} bundle, readable in each
	 * language.
	 */
	public HiringStaleException(Said said) {
		super(said);
	}

}
