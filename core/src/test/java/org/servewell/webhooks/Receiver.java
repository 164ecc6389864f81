package org.servewell.webhooks;

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
 * A webhook receiver for tests: a real HTTP server on a free local port that keeps every
 * request and answers with the statuses it is given, then with the default.
 */
final class Receiver implements AutoCloseable {

	/** One request as it arrived. */
	record Request(String method, String path, String contentType, String event, String delivery, String timestamp,
			String signature, String body) {
	}

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final Deque<Integer> statuses = new ArrayDeque<>();

	private volatile int defaultStatus;

	Receiver(int defaultStatus) throws IOException {
		this.defaultStatus = defaultStatus;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			try (InputStream in = exchange.getRequestBody()) {
				var headers = exchange.getRequestHeaders();
				this.requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
						headers.getFirst("Content-Type"), headers.getFirst("Servewell-Event"),
						headers.getFirst("Servewell-Delivery"), headers.getFirst("Servewell-Timestamp"),
						headers.getFirst("Servewell-Signature"),
						new String(in.readAllBytes(), StandardCharsets.UTF_8)));
			}
			exchange.sendResponseHeaders(nextStatus(), -1);
			exchange.close();
		});
		this.server.start();
	}

	/** The URL to register. */
	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/hooks/servewell";
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

	private synchronized int nextStatus() {
		Integer next = this.statuses.poll();
		return (next != null) ? next : this.defaultStatus;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
