package org.servewell.webhooks;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/** No webhook or delivery has the id asked for. */
public class WebhookNotFoundException extends Refusal.NotFound {

	WebhookNotFoundException(Said said) {
		super(said);
	}

}
