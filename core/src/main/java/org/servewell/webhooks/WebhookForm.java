package org.servewell.webhooks;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters to register a webhook.
 *
 * @param name what the webhook is for, such as "HR system"
 * @param url where Servewell posts the events: http or https, without a user name or
 * password
 * @param events which events it is told about, at least one
 */
public record WebhookForm(
		@NotBlank(message = "Enter a name saying what the webhook is for.") @Size(max = WebhookLimits.NAME_LENGTH,
				message = "A webhook name has at most " + WebhookLimits.NAME_LENGTH + " characters.") String name,
		@NotBlank(message = "Enter the URL to send events to, such as https://hr.example.com/servewell.") @Size(
				max = WebhookLimits.URL_LENGTH,
				message = "A URL has at most " + WebhookLimits.URL_LENGTH + " characters.") String url,
		@NotEmpty(message = "Choose at least one event to send.") Set<WebhookEvent> events) {

	public WebhookForm {
		events = (events == null) ? Set.of() : Set.copyOf(events);
	}

}
