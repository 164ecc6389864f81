package org.servewell.webhooks;

import org.servewell.shared.Refusal;

/** No webhook or delivery has the id asked for. */
public class WebhookNotFoundException extends Refusal.NotFound {

	WebhookNotFoundException(String message) {
		super(message);
	}

}
