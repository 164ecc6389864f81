package org.servewell.webhooks;

import java.io.IOException;
import java.util.List;

import org.servewell.testsupport.RecordingHttpServer;

/**
 * A webhook receiver for tests: a real HTTP server on a free local port that keeps every
 * request and answers with the statuses it is given, then with the default.
 */
final class Receiver implements AutoCloseable {

	/** One request as it arrived. */
	record Request(String method, String path, String contentType, String event, String delivery, String timestamp,
			String signature, String body) {
	}

	private final RecordingHttpServer server;

	Receiver(int defaultStatus) throws IOException {
		this.server = new RecordingHttpServer(defaultStatus);
	}

	/** The URL to register. */
	String url() {
		return this.server.url("/hooks/servewell");
	}

	/** Answers the next requests with these statuses, in order. */
	void answer(Integer... next) {
		this.server.answer(next);
	}

	/** Answers every request from now on with this status. */
	void answerAlways(int status) {
		this.server.answerAlways(status);
	}

	List<Request> requests() {
		return this.server.requests()
			.stream()
			.map((request) -> new Request(request.method(), request.path(), request.header("Content-Type"),
					request.header("Servewell-Event"), request.header("Servewell-Delivery"),
					request.header("Servewell-Timestamp"), request.header("Servewell-Signature"), request.body()))
			.toList();
	}

	@Override
	public void close() {
		this.server.close();
	}

}
