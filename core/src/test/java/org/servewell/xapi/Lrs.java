package org.servewell.xapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.servewell.testsupport.RecordingHttpServer;

/**
 * A learning record store for tests: a real HTTP server on a free local port that keeps
 * every request and answers with the statuses it is given, then with the default. Like a
 * real LRS it refuses, with 400 or 401, a request without the xAPI version header, with
 * other credentials than its own, or whose body is not a JSON array.
 */
final class Lrs implements AutoCloseable {

	static final String KEY = "servewell-key";

	static final String SECRET = "s3cret:with colon";

	private static final String BASIC = "Basic "
			+ Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));

	/** One request as it arrived. */
	record Request(String method, String path, String contentType, String version, String authorization, String body) {
	}

	private final RecordingHttpServer server;

	Lrs(int defaultStatus) throws IOException {
		this.server = new RecordingHttpServer(defaultStatus, Lrs::refusal);
	}

	/** The endpoint to set, with its trailing slash as LRSs publish it. */
	String endpoint() {
		return this.server.url("/xapi/");
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
					request.header("X-Experience-API-Version"), request.header("Authorization"), request.body()))
			.toList();
	}

	private static int refusal(RecordingHttpServer.Request request) {
		if (!"1.0.3".equals(request.header("X-Experience-API-Version")) || !request.body().startsWith("[")) {
			return 400;
		}
		return BASIC.equals(request.header("Authorization")) ? 0 : 401;
	}

	@Override
	public void close() {
		this.server.close();
	}

}
