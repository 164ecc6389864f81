package org.servewell.web.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor of the running jar over plain HTTP, with a cookie jar of its own (one
 * browser) and headers sent with every request (a proxy's {@code X-Forwarded-For}, say).
 * Redirects are not followed, so a test sees where it is sent.
 */
final class HttpVisitor {

	private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

	private final ProductionJar jar;

	private final HttpClient http;

	private final Map<String, String> headers = new LinkedHashMap<>();

	HttpVisitor(ProductionJar jar) {
		this.jar = jar;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Sends this header with every later request. */
	HttpVisitor with(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET());
	}

	/**
	 * The CSRF token the sign-in page gives this visitor (in its {@code _csrf} meta tag).
	 */
	String signInToken() {
		HttpResponse<String> page = get("/login");
		Matcher matcher = CSRF.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("The sign-in page has no _csrf meta tag:\n" + page.body());
		}
		return matcher.group(1);
	}

	/** Posts the sign-in form as the sign-in page does, with its CSRF token. */
	HttpResponse<String> signIn(String email, String password) {
		return postSignIn(Map.of("username", email, "password", password, "_csrf", signInToken()));
	}

	/** Posts the sign-in form with exactly these fields. */
	HttpResponse<String> postSignIn(Map<String, String> fields) {
		String form = fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** Where a redirect sends the visitor, or "" if the answer is no redirect. */
	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.jar.url(path)));
		this.headers.forEach(builder::header);
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
