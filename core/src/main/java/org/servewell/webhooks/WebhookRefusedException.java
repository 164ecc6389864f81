package org.servewell.webhooks;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * An action on a webhook that is not possible now, such as sending to a deactivated one.
 */
public class WebhookRefusedException extends Refusal.NotAllowed {

	WebhookRefusedException(String message) {
		super(message);
	}

	WebhookRefusedException(Said said) {
		super(said);
	}

}
