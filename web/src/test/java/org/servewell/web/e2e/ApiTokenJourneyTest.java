package org.servewell.web.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator creates an API token in Chromium, copies the secret shown once, and
 * another system calls the REST API of the production jar with it, as the README's curl
 * example does: a read token reads people and is refused a write; once revoked in the UI
 * it is refused altogether.
 */
class ApiTokenJourneyTest extends BrowserJourney {

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void administrator_creates_a_read_token_that_reads_people_until_it_is_revoked() throws Exception {
		try (BrowserContext browser = newContext()) {
			Page page = openSignedIn(browser, "/admin/api-tokens", ADMIN);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("API tokens"))).isVisible();
			page.getByLabel("Name").fill("Journey payroll sync");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();

			Locator secretField = page.getByLabel("Secret (shown once)");
			assertThat(secretField).isVisible();
			String secret = secretField.inputValue();
			assertThat(secret).startsWith("sw_");
			assertThat(page.getByText("Copy the secret for \"Journey payroll sync\" now")).isVisible();
			screenshot(page, "api-token-created.png");

			HttpResponse<String> people = get("/api/v1/people?q=learner@demo", secret);
			assertThat(people.statusCode()).as(people.body()).isEqualTo(200);
			assertThat(people.body()).contains("learner@demo.servewell.org");

			HttpResponse<String> write = send(HttpRequest.newBuilder(URI.create(url("/api/v1/people")))
				.header("Authorization", "Bearer " + secret)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"api-journey@example.org\","
						+ "\"displayName\":\"Api Journey\",\"roles\":[\"LEARNER\"],\"enabled\":true}")));
			assertThat(write.statusCode()).as(write.body()).isEqualTo(403);
			assertThat(write.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke Journey payroll sync")).click();
			page.getByRole(AriaRole.ALERTDIALOG)
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke"))
				.click();
			assertThat(page.getByText("Token \"Journey payroll sync\" revoked.")).isVisible();

			HttpResponse<String> afterRevoke = get("/api/v1/people", secret);
			assertThat(afterRevoke.statusCode()).as(afterRevoke.body()).isEqualTo(401);
			assertThat(afterRevoke.headers().firstValue("WWW-Authenticate"))
				.hasValueSatisfying((header) -> assertThat(header).startsWith("Bearer"));
		}
	}

	private HttpResponse<String> get(String path, String secret) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + secret).GET());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

}
