package org.servewell.webhooks;

/**
 * A webhook just registered, with the secret its deliveries are signed with: shown to the
 * administrator once.
 *
 * @param webhook the webhook as listed
 * @param secret the key of the HMAC-SHA256 signature in {@code Servewell-Signature}
 */
public record NewWebhook(WebhookSummary webhook, String secret) {

	@Override
	public String toString() {
		return "NewWebhook[webhook=" + this.webhook + ", secret=(hidden)]";
	}

}
