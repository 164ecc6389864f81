package org.servewell.shared;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Sends one request to another organisation's system (a webhook receiver, a learning
 * record store) and says how it answered, in words an administrator reads in a list of
 * failed deliveries. Never throws for what the other system or the network does: an
 * outbox records the answer and tries again.
 */
public final class OutboundPost {

	private OutboundPost() {
	}

	/**
	 * How the other system answered.
	 *
	 * @param statusCode the HTTP status, or null when none came
	 * @param error what went wrong, or null for a 2xx status
	 */
	public record Answer(Integer statusCode, String error) {

		/** Whether the other system took it (a 2xx status). */
		public boolean accepted() {
			return this.error == null;
		}

	}

	/**
	 * Sends the request and waits for the answer, its body discarded.
	 * @param party what the other system is called in an error, such as "receiver"
	 * @param connectTimeout the client's connect timeout, to say it in an error
	 * @param requestTimeout the request's timeout, to say it in an error
	 */
	public static Answer send(HttpClient client, HttpRequest request, String party, Duration connectTimeout,
			Duration requestTimeout) {
		try {
			int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			if (status >= 200 && status < 300) {
				return new Answer(status, null);
			}
			return new Answer(status, "The " + party + " answered HTTP " + status + ".");
		}
		catch (HttpConnectTimeoutException ex) {
			return new Answer(null, "Could not connect within " + connectTimeout.toSeconds() + " s.");
		}
		catch (HttpTimeoutException ex) {
			return new Answer(null, "No answer within " + requestTimeout.toSeconds() + " s.");
		}
		catch (ConnectException ex) {
			return new Answer(null, "Could not connect: " + describe(ex));
		}
		catch (IOException ex) {
			return new Answer(null, "Could not send: " + describe(ex));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Answer(null, "Sending was interrupted (Servewell stopping).");
		}
	}

	private static String describe(IOException ex) {
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

}
