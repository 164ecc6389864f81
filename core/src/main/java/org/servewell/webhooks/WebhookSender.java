package org.servewell.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.servewell.shared.OutboundPost;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Posts one event to one URL, signed, and says how the receiver answered. Never called
 * inside a transaction: a slow receiver must not hold a database connection or locks.
 * Redirects are not followed, so a delivery goes only to the URL an administrator
 * registered.
 */
@Component
class WebhookSender implements DisposableBean {

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(CONNECT_TIMEOUT)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final Clock clock;

	WebhookSender(Clock clock) {
		this.clock = clock;
	}

	/**
	 * How the receiver answered one attempt.
	 *
	 * @param statusCode the HTTP status, or null when none came
	 * @param error what went wrong, or null when the receiver accepted the event
	 */
	record Outcome(Integer statusCode, String error) {

		boolean accepted() {
			return this.error == null;
		}

	}

	/**
	 * Sends the payload now, stamped and signed with the time of sending; never throws
	 * for what the URL, the receiver or the network does.
	 */
	Outcome send(String url, String secret, String eventType, UUID eventId, String payload) {
		String timestamp = Long.toString(this.clock.instant().getEpochSecond());
		HttpRequest request;
		try {
			request = HttpRequest.newBuilder(URI.create(url))
				.timeout(REQUEST_TIMEOUT)
				.header("Content-Type", "application/json")
				.header("User-Agent", "Servewell-Webhooks/1")
				.header("Servewell-Event", eventType)
				.header("Servewell-Delivery", eventId.toString())
				.header("Servewell-Timestamp", timestamp)
				.header("Servewell-Signature", WebhookSignature.sign(secret, timestamp, payload))
				.POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8))
				.build();
		}
		catch (IllegalArgumentException ex) {
			return new Outcome(null, "The URL cannot be used: " + ex.getMessage());
		}
		OutboundPost.Answer answer = OutboundPost.send(this.client, request, "receiver", CONNECT_TIMEOUT,
				REQUEST_TIMEOUT);
		return new Outcome(answer.statusCode(), answer.error());
	}

	@Override
	public void destroy() {
		this.client.close();
	}

}
