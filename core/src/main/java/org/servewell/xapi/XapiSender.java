package org.servewell.xapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.servewell.shared.OutboundPost;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Posts statements to the LRS's statements resource ({@code {endpoint}/statements}) as
 * xAPI 1.0.3 asks: a JSON array, the version header and HTTP Basic authentication. Never
 * called inside a transaction: a slow LRS must not hold a database connection or locks.
 * Redirects are not followed, so statements and credentials go only where an
 * administrator said.
 */
@Component
class XapiSender implements DisposableBean {

	static final String VERSION = "1.0.3";

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

	private final HttpClient client = HttpClient.newBuilder()
		.connectTimeout(CONNECT_TIMEOUT)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/** Where to send and as whom. */
	record Lrs(String endpoint, String username, String password) {

		@Override
		public String toString() {
			return "Lrs[endpoint=" + this.endpoint + ", username=" + this.username + "]";
		}

	}

	/**
	 * How the LRS answered one request.
	 *
	 * @param statusCode the HTTP status, or null when none came
	 * @param error what went wrong, or null when the LRS stored the statements
	 */
	record Outcome(Integer statusCode, String error) {

		/** 409: the LRS has a statement with one of these ids already. */
		static final int CONFLICT = 409;

		boolean accepted() {
			return this.error == null;
		}

		boolean conflict() {
			return this.statusCode != null && this.statusCode == CONFLICT;
		}

	}

	/**
	 * Sends the statements (each a JSON object) in one request; never throws for what the
	 * endpoint, the LRS or the network does.
	 */
	Outcome send(Lrs lrs, List<String> statements) {
		String body = "[" + String.join(",", statements) + "]";
		HttpRequest request;
		try {
			request = HttpRequest.newBuilder(URI.create(statementsUrl(lrs.endpoint())))
				.timeout(REQUEST_TIMEOUT)
				.header("Content-Type", "application/json")
				.header("X-Experience-API-Version", VERSION)
				.header("Authorization", basic(lrs.username(), lrs.password()))
				.header("User-Agent", "Servewell-xAPI/1")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build();
		}
		catch (IllegalArgumentException ex) {
			return new Outcome(null, "The endpoint cannot be used: " + ex.getMessage());
		}
		OutboundPost.Answer answer = OutboundPost.send(this.client, request, "LRS", CONNECT_TIMEOUT, REQUEST_TIMEOUT);
		return new Outcome(answer.statusCode(), answer.error());
	}

	/** The statements resource under the endpoint, with or without its trailing slash. */
	static String statementsUrl(String endpoint) {
		return endpoint.replaceAll("/+$", "") + "/statements";
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void destroy() {
		this.client.close();
	}

}
