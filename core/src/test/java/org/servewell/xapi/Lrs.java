package org.servewell.xapi;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A learning record store for tests: a real HTTP server on a free local port that keeps
 * every request and answers with the statuses it is given, then with the default. Like a
 * real LRS it refuses, with 400 or 401, a request without the xAPI version header, with
 * other credentials than its own, or whose body is not a JSON array.
 */
final class Lrs implements AutoCloseable {

	static final String KEY = "servewell-key";

	static final String SECRET = "s3cret:with colon";

	/** One request as it arrived. */
	record Request(String method, String path, String contentType, String version, String authorization, String body) {
	}

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final Deque<Integer> statuses = new ArrayDeque<>();

	private volatile int defaultStatus;

	Lrs(int defaultStatus) throws IOException {
		this.defaultStatus = defaultStatus;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			Request request;
			try (InputStream in = exchange.getRequestBody()) {
				var headers = exchange.getRequestHeaders();
				request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
						headers.getFirst("Content-Type"), headers.getFirst("X-Experience-API-Version"),
						headers.getFirst("Authorization"), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			this.requests.add(request);
			exchange.sendResponseHeaders(status(request), -1);
			exchange.close();
		});
		this.server.start();
	}

	/** The endpoint to set, with its trailing slash as LRSs publish it. */
	String endpoint() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/xapi/";
	}

	/** Answers the next requests with these statuses, in order. */
	synchronized void answer(Integer... next) {
		this.statuses.addAll(List.of(next));
	}

	/** Answers every request from now on with this status. */
	void answerAlways(int status) {
		this.defaultStatus = status;
	}

	List<Request> requests() {
		return List.copyOf(this.requests);
	}

	private synchronized int status(Request request) {
		if (!"1.0.3".equals(request.version()) || !request.body().startsWith("[")) {
			return 400;
		}
		String expected = "Basic "
				+ java.util.Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
		if (!expected.equals(request.authorization())) {
			return 401;
		}
		Integer next = this.statuses.poll();
		return (next != null) ? next : this.defaultStatus;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
