package org.servewell.bench.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab's conversation with Servewell, as Chromium holds it: its cookies, the
 * Vaadin UI it is on (id, security key, the server's sync id and the next client id) and
 * that UI's state tree. It opens pages the way the browser does (the page, then
 * {@code ?v-r=init}, then the {@code ui-navigate} event the client router sends), signs
 * in through the login form with the page's CSRF token, and sends UIDL requests built
 * from the nodes of the tree. Every answer is checked; a failed check throws
 * {@link UnexpectedAnswer}.
 */
final class BrowserSession {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	/** What Chromium's Flow client reports about the window at init. */
	private static final String BROWSER_DETAILS = "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1920&v-bh=960&v-bw=1920"
			+ "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64"
			+ "&v-cs=&v-tn=lumo";

	/** A failed check of an answer: counted as an error, never as a sample. */
	static final class UnexpectedAnswer extends RuntimeException {

		UnexpectedAnswer(String message) {
			super(message);
		}

	}

	private final HttpClient http;

	private final URI base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private UidlTree tree = new UidlTree();

	private int uiId;

	private String securityKey;

	private int syncId;

	private int clientId;

	private String pageCsrf;

	private long lastAnswerBytes;

	BrowserSession(HttpClient http, URI base) {
		this.http = http;
		this.base = base;
	}

	UidlTree tree() {
		return this.tree;
	}

	long lastAnswerBytes() {
		return this.lastAnswerBytes;
	}

	/**
	 * Signs in through the login page's form and opens the page it leads to.
	 */
	void signIn(String email, String password) {
		open("login", "");
		if (this.tree.first("vaadin-login-form").isEmpty()) {
			throw new UnexpectedAnswer("no login form on /login");
		}
		String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(this.pageCsrf);
		HttpResponse<String> answer = send(request("login").header("Content-Type", "application/x-www-form-urlencoded")
			.header("Origin", origin())
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		String location = answer.headers().firstValue("Location").orElse("");
		if (answer.statusCode() != 302 || location.contains("error") || location.contains("login")) {
			throw new UnexpectedAnswer("sign-in refused: " + answer.statusCode() + " to " + location);
		}
		String path = URI.create(location).getPath();
		open((path == null) ? "" : path.replaceFirst("^/", ""), "");
		if (this.tree.first("vaadin-login-form").isPresent()) {
			throw new UnexpectedAnswer("still on the login page after signing in");
		}
	}

	/**
	 * Loads a route as the address bar does: page, init, then the router's navigation.
	 */
	void open(String route, String query) {
		String page = route + (query.isEmpty() ? "" : "?" + query);
		HttpResponse<String> html = send(request(page).GET());
		if (html.statusCode() != 200 || !html.body().contains("<html")) {
			throw new UnexpectedAnswer("GET /" + page + ": " + html.statusCode());
		}
		Matcher csrf = CSRF.matcher(html.body());
		this.pageCsrf = csrf.find() ? csrf.group(1) : null;
		HttpResponse<String> init = send(request("?v-r=init&location=" + encode(route) + "&query=" + encode(query)
				+ "&v-curdate=" + System.currentTimeMillis() + BROWSER_DETAILS)
			.GET());
		if (init.statusCode() != 200) {
			throw new UnexpectedAnswer("init of /" + page + ": " + init.statusCode());
		}
		JsonNode config = JSON.readTree(init.body()).path("appConfig");
		JsonNode uidl = config.path("uidl");
		this.tree = new UidlTree();
		this.uiId = config.path("v-uiId").asInt();
		this.securityKey = uidl.path("Vaadin-Security-Key").asString();
		this.syncId = uidl.path("syncId").asInt();
		this.clientId = uidl.path("clientId").asInt();
		this.tree.apply(uidl);
		navigate(route, query, "");
	}

	/**
	 * What the client router sends when the route changes: {@code trigger} is "" for a
	 * loaded page, "link" for a router link clicked.
	 */
	void navigate(String route, String query, String trigger) {
		ObjectNode data = JSON.createObjectNode();
		data.put("route", route);
		data.put("query", query);
		data.put("appShellTitle", "");
		data.putNull("historyState");
		data.put("trigger", trigger);
		send(event(UidlTree.ROOT, "ui-navigate", data));
	}

	/** A pointer's click on the node, with the event data its listener asks for. */
	void click(UidlTree.Node node) {
		send(event(node.id, "click", clickData(node)));
	}

	/**
	 * A pointer's click on a radio button of a group: the page's capture listener's
	 * {@code answer-confirm} first, then the group's new value and its change event, in
	 * one request as the Flow client batches them.
	 */
	void chooseRadio(UidlTree.Node group, String value) {
		ObjectNode sync = JSON.createObjectNode();
		sync.put("type", "mSync");
		sync.put("node", group.id);
		sync.put("feature", 1);
		sync.put("property", "value");
		sync.put("value", value);
		if (group.listeners.containsKey("answer-confirm")) {
			send(event(group.id, "answer-confirm", JSON.createObjectNode()), sync,
					event(group.id, "value-changed", JSON.createObjectNode()));
		}
		else {
			send(sync, event(group.id, "value-changed", JSON.createObjectNode()));
		}
	}

	private ObjectNode clickData(UidlTree.Node node) {
		ObjectNode data = JSON.createObjectNode();
		JsonNode expressions = this.tree.eventData(node, "click");
		if (expressions != null) {
			for (Map.Entry<String, JsonNode> expression : expressions.properties()) {
				String key = expression.getKey();
				if (key.equals("event.detail")) {
					data.put(key, 1);
				}
				else if (key.endsWith("Key")) {
					data.put(key, false);
				}
				else if (key.startsWith("event.")) {
					data.put(key, 0);
				}
			}
		}
		return data;
	}

	private static ObjectNode event(int node, String type, ObjectNode data) {
		ObjectNode event = JSON.createObjectNode();
		event.put("type", "event");
		event.put("node", node);
		event.put("event", type);
		event.set("data", data);
		return event;
	}

	/** Sends one UIDL request with the messages, applies and checks the answer. */
	void send(ObjectNode... messages) {
		ObjectNode body = JSON.createObjectNode();
		body.put("csrfToken", this.securityKey);
		ArrayNode rpc = body.putArray("rpc");
		for (ObjectNode message : messages) {
			rpc.add(message);
		}
		body.put("syncId", this.syncId);
		body.put("clientId", this.clientId);
		HttpResponse<String> answer = send(
				request("?v-r=uidl&v-uiId=" + this.uiId).header("Content-Type", "application/json; charset=UTF-8")
					.header("Origin", origin())
					.POST(HttpRequest.BodyPublishers.ofString(body.toString())));
		this.lastAnswerBytes = answer.body().length();
		saveAnswer(answer.body());
		if (answer.statusCode() != 200) {
			throw new UnexpectedAnswer("UIDL " + answer.statusCode());
		}
		String text = answer.body().replaceFirst("^for\\(;;\\);", "");
		JsonNode uidl = JSON.readTree(text);
		if (uidl.isArray()) {
			uidl = uidl.get(0);
		}
		JsonNode meta = uidl.path("meta");
		if (meta.path("sessionExpired").asBoolean(false) || meta.has("appError")) {
			throw new UnexpectedAnswer("session expired or application error: " + meta);
		}
		if (uidl.has("syncId")) {
			this.syncId = uidl.get("syncId").asInt();
		}
		this.clientId = uidl.has("clientId") ? uidl.get("clientId").asInt() : this.clientId + 1;
		this.tree.apply(uidl);
		List<String> notices = this.tree.errorNotices();
		if (!notices.isEmpty()) {
			throw new UnexpectedAnswer("error notification: " + notices);
		}
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.base.resolve("/" + path))
			.timeout(Duration.ofSeconds(60))
			.header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Servewell load harness");
		if (!this.cookies.isEmpty()) {
			request.header("Cookie", String.join("; ",
					this.cookies.entrySet().stream().map((c) -> c.getKey() + "=" + c.getValue()).toList()));
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> answer = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			for (String cookie : answer.headers().allValues("Set-Cookie")) {
				String pair = cookie.split(";", 2)[0];
				int equals = pair.indexOf('=');
				if (equals > 0) {
					this.cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
				}
			}
			if (answer.statusCode() >= 500) {
				throw new UnexpectedAnswer("HTTP " + answer.statusCode() + " for " + request.build().uri());
			}
			return answer;
		}
		catch (IOException ex) {
			throw new UnexpectedAnswer("I/O: " + ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new UnexpectedAnswer("interrupted");
		}
	}

	private String origin() {
		return this.base.getScheme() + "://" + this.base.getAuthority();
	}

	private static String encode(String value) {
		return URLEncoder.encode((value != null) ? value : "", StandardCharsets.UTF_8);
	}

	/**
	 * With {@code -DsaveAnswers=<folder>}, writes each UIDL answer to a file of its own,
	 * to see what the server sends.
	 */
	private static void saveAnswer(String body) {
		String folder = System.getProperty("saveAnswers");
		if (folder == null) {
			return;
		}
		try {
			Files.writeString(Path.of(folder, "uidl-" + System.nanoTime() + ".json"), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
