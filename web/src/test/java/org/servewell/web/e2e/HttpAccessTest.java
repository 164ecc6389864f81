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

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.jar.url(path))).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
