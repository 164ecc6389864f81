package org.servewell.hiring;

import org.servewell.shared.Refusal;

/**
 * A candidate, interview or kit that does not exist or that the signed-in person may not
 * see: the two are not told apart, so ids cannot be probed.
 */
public class HiringNotFoundException extends Refusal.NotFound {

	public HiringNotFoundException(String message) {
		super(message);
	}

}
