package org.servewell.xapi;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/** Something that needs an LRS, asked for before one is set. */
public class LrsNotSetException extends Refusal.NotAllowed {

	LrsNotSetException() {
		super(new Said("xapi.not-set"));
	}

}
