package org.servewell.webhooks;

import java.time.Instant;
import java.util.Set;

/**
 * A webhook as the administrators' list shows it; never its secret.
 *
 * @param id the webhook's id
 * @param name what it is for
 * @param url where events are posted
 * @param events which events it is told about
 * @param active whether new events are still sent to it
 * @param createdBy who registered it
 * @param createdAt when
 */
public record WebhookSummary(long id, String name, String url, Set<WebhookEvent> events, boolean active,
		String createdBy, Instant createdAt) {

	public WebhookSummary {
		events = Set.copyOf(events);
	}

}
