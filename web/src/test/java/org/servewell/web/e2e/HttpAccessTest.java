package org.servewell.web.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the production jar answers over HTTP without signing in, and what it does not.
 */
@AgainstProductionJar
class HttpAccessTest {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	ProductionJar jar;

	@BeforeEach
	void useJar(ProductionJar jar) {
		this.jar = jar;
	}

	@Test
	void health_answers_probes_without_sign_in_and_without_details() throws Exception {
		HttpResponse<String> response = get("/actuator/health/readiness");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void other_actuator_endpoints_are_not_exposed() throws Exception {
		for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/configprops" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
			assertThat(response.body()).as(path).doesNotContain("servewell.admin");
		}
	}

	@Test
	void pages_send_a_visitor_to_sign_in() throws Exception {
		for (String path : new String[] { "/", "/catalog", "/admin/people", "/employees" }) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(path)
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		}
	}

	@Test
	void sign_in_page_and_its_stylesheet_are_open() throws Exception {
		assertThat(get("/login").statusCode()).isEqualTo(200);
		assertThat(get("/styles/servewell.css").statusCode()).isEqualTo(200);
	}

	@Test
	void pages_carry_the_security_headers() {
		for (String path : new String[] { "/login", "/verify" }) {
			HttpResponse<String> page = new HttpVisitor(this.jar).get(path);
			assertThat(page.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying((csp) -> assertThat(csp).contains("default-src 'self'")
					.contains("frame-ancestors 'none'")
					.contains("form-action 'self'"));
			assertThat(page.headers().firstValue("Referrer-Policy")).as(path)
				.contains("strict-origin-when-cross-origin");
			assertThat(page.headers().firstValue("Permissions-Policy")).as(path)
				.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()"));
			assertThat(page.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
			assertThat(page.headers().firstValue("Strict-Transport-Security")).as(path + " over plain HTTP").isEmpty();
		}
	}

	@Test
	void behind_a_tls_proxy_the_session_cookie_is_secure_and_hsts_is_sent() {
		HttpResponse<String> page = new HttpVisitor(this.jar).with("X-Forwarded-Proto", "https").get("/login");

		assertThat(page.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("; Secure"));
		assertThat(page.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000"));
	}

	@Test
	void the_site_icon_is_served() {
		HttpResponse<String> icon = new HttpVisitor(this.jar).get("/favicon.ico");

		assertThat(icon.statusCode()).isEqualTo(200);
		assertThat(icon.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("image/"));
	}

	@Test
	void signed_in_person_who_mistypes_an_address_gets_servewells_page_not_found() {
		HttpVisitor learner = new HttpVisitor(this.jar);
		assertThat(HttpVisitor.location(learner.signIn(BrowserJourney.LEARNER, BrowserJourney.DEMO_PASSWORD)))
			.doesNotContain("/login");

		HttpResponse<String> page = learner.get("/catalgue");

		assertThat(page.statusCode()).as("Vaadin answers, not a bare 403").isIn(200, 404);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.body()).contains("window.Vaadin");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.jar.url(path))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
