package org.servewell.hiring;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * A candidate, interview or kit that does not exist or that the signed-in person may not
 * see: the two are not told apart, so ids cannot be probed.
 */
public class HiringNotFoundException extends Refusal.NotFound {

	public HiringNotFoundException(String message) {
		super(message);
	}

	/**
	 * Refused in words of the {@code messages/refusals} bundle, readable in each
	 * language.
	 */
	public HiringNotFoundException(Said said) {
		super(said);
	}

}
