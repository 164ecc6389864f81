package org.servewell.badges;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/** A badge that cannot be issued, such as one for a withdrawn completion. */
public class BadgeRefusedException extends Refusal.NotAllowed {

	BadgeRefusedException(Said said) {
		super(said);
	}

}
