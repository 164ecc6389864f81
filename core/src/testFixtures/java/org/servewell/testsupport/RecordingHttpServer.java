package org.servewell.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/**
 * Another organisation's system for tests of what Servewell sends it (a webhook
 * receiver, a learning record store): a real HTTP server on a free local port that keeps
 * every request and answers with the statuses it is given, then with the default.
 */
public final class RecordingHttpServer implements AutoCloseable {

	/** One request as it arrived. */
	public record Request(String method, String path, Headers headers, String body) {

		/** The first value of a header, or null. */
		public String header(String name) {
			return this.headers.getFirst(name);
		}

	}

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final Deque<Integer> statuses = new ArrayDeque<>();

	private final ToIntFunction<Request> refusal;

	private volatile int defaultStatus;

	/** A server that answers every request with the statuses it is given. */
	public RecordingHttpServer(int defaultStatus) throws IOException {
		this(defaultStatus, (request) -> 0);
	}

	/**
	 * A server that first asks {@code refusal} for a status to refuse a request with (0
	 * for none), as a real system refuses a request it cannot take.
	 */
	public RecordingHttpServer(int defaultStatus, ToIntFunction<Request> refusal) throws IOException {
		this.defaultStatus = defaultStatus;
		this.refusal = refusal;
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			Request request;
			try (InputStream in = exchange.getRequestBody()) {
				request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
						exchange.getRequestHeaders(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			this.requests.add(request);
			exchange.sendResponseHeaders(status(request), -1);
			exchange.close();
		});
		this.server.start();
	}

	/** {@code http://127.0.0.1:port} and the path. */
	public String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	/** Answers the next requests with these statuses, in order. */
	public synchronized void answer(Integer... next) {
		this.statuses.addAll(List.of(next));
	}

	/** Answers every request from now on with this status. */
	public void answerAlways(int status) {
		this.defaultStatus = status;
	}

	public List<Request> requests() {
		return List.copyOf(this.requests);
	}

	private synchronized int status(Request request) {
		int refused = this.refusal.applyAsInt(request);
		if (refused != 0) {
			return refused;
		}
		Integer next = this.statuses.poll();
		return (next != null) ? next : this.defaultStatus;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
