package org.servewell.web.e2e;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on through the real redirect flow, in Chromium: the production jar signs
 * people in with an OpenID Connect provider running in the test (NAV's
 * mock-oauth2-server), which vouches for whoever the test enqueues next. The jar is a
 * variant of its own, started with the provider's issuer in its environment the way an
 * installation sets it, with password sign-in off and just-in-time creation allowed for
 * one domain.
 */
@BrowserTest
@AgainstProductionJar
class SingleSignOnJourneyTest {

	private static final String ISSUER_ID = "contoso";

	private static final String CLIENT_ID = "servewell";

	private static final String CREATING_DOMAIN = "jit.example.org";

	static MockOAuth2Server provider;

	static ProductionJar jar;

	static Chromium chromium;

	/** Starts the provider first: the jar reads its discovery document as it starts. */
	@RegisterExtension
	static final BeforeAllCallback startProviderThenJar = (context) -> {
		provider = new MockOAuth2Server();
		provider.start();
		String issuer = provider.issuerUrl(ISSUER_ID).toString();
		jar = ProductionJar.of(context, new ProductionJar.Variant("sso",
				Map.of("SERVEWELL_AUTH_OIDC_ISSUER_URI", issuer, "SERVEWELL_AUTH_OIDC_CLIENT_ID", CLIENT_ID,
						"SERVEWELL_AUTH_OIDC_CLIENT_SECRET", "a test secret", "SERVEWELL_AUTH_OIDC_NAME", "Contoso",
						"SERVEWELL_AUTH_OIDC_JIT_DOMAINS", CREATING_DOMAIN, "SERVEWELL_AUTH_PASSWORD_LOGIN", "false")));
	};

	@BeforeAll
	static void startBrowser() {
		chromium = new Chromium();
	}

	@AfterAll
	static void stop() {
		if (chromium != null) {
			chromium.close();
		}
		if (provider != null) {
			provider.shutdown();
		}
	}

	@Test
	void known_person_signs_in_with_the_provider_and_signing_out_ends_the_provider_session_too() {
		try (BrowserContext browser = newContext()) {
			Page page = browser.newPage();
			List<String> visited = new CopyOnWriteArrayList<>();
			page.onRequest((request) -> visited.add(request.url()));
			page.navigate(jar.url("/catalog"));
			page.waitForURL(Pattern.compile(".*/login.*"));
			assertThat(providerButton(page)).isVisible();
			assertThat(page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
			assertThat(page.getByText("Demo accounts")).hasCount(0);
			page.screenshot(new Page.ScreenshotOptions().setPath(BrowserJourney.SCREENSHOTS.resolve("sso-sign-in.png"))
				.setFullPage(true));

			signInWithProvider(page, BrowserJourney.LEARNER, true, "Lena at Contoso");

			// The person Servewell knows, with their Servewell name and roles.
			assertThat(page.getByText("Lena Learner")).isVisible();
			Locator navigation = page.getByRole(AriaRole.NAVIGATION);
			assertThat(navigation.getByText("Catalogue")).isVisible();
			assertThat(navigation.getByText("Employees")).hasCount(0);
			page.navigate(jar.url("/catalog"));
			assertThat(page).hasURL(Pattern.compile(".*/catalog.*"));

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();

			page.waitForURL(Pattern.compile(Pattern.quote(jar.url("/login")) + ".*"));
			assertThat(visited).as("the browser went through the provider's end-session endpoint")
				.anyMatch((url) -> url.startsWith(provider.issuerUrl(ISSUER_ID) + "/endsession")
						&& url.contains("id_token_hint="));
			page.navigate(jar.url("/catalog"));
			page.waitForURL(Pattern.compile(".*/login.*"));
		}
	}

	@Test
	void unknown_person_outside_the_allowed_domain_is_refused_with_a_page_saying_whom_to_ask() {
		String stranger = "stranger-" + UUID.randomUUID() + "@elsewhere.example.org";
		try (BrowserContext browser = newContext()) {
			Page page = browser.newPage();
			page.navigate(jar.url("/login"));

			clickProviderButton(page, stranger, true, "Sam Stranger");

			page.waitForURL(Pattern.compile(".*/sign-in-refused\\?reason=unknown"));
			assertThat(page.getByRole(AriaRole.HEADING)).hasText("Sign-in refused");
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Servewell has no account for " + stranger);
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("Ask your Servewell administrator or HR");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(BrowserJourney.SCREENSHOTS.resolve("sso-refused-unknown.png"))
						.setFullPage(true));
			page.navigate(jar.url("/catalog"));
			page.waitForURL(Pattern.compile(".*/login.*"));
		}
	}

	@Test
	void known_person_whose_email_the_provider_did_not_verify_is_refused() {
		try (BrowserContext browser = newContext()) {
			Page page = browser.newPage();
			page.navigate(jar.url("/login"));

			clickProviderButton(page, BrowserJourney.HR, false, "Hana from HR");

			page.waitForURL(Pattern.compile(".*/sign-in-refused\\?reason=email_not_verified"));
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("did not confirm that " + BrowserJourney.HR);
		}
	}

	@Test
	void unknown_person_in_the_allowed_domain_is_created_as_a_learner_at_first_sign_in_and_the_audit_log_says_so() {
		String newcomer = "nina-" + UUID.randomUUID() + "@" + CREATING_DOMAIN;
		try (BrowserContext browser = newContext()) {
			Page page = browser.newPage();
			page.navigate(jar.url("/login"));

			signInWithProvider(page, newcomer, true, "Nina Newcomer");

			assertThat(page.getByText("Nina Newcomer").first()).isVisible();
			Locator navigation = page.getByRole(AriaRole.NAVIGATION);
			assertThat(navigation.getByText("Catalogue")).isVisible();
			assertThat(navigation.getByText("Employees")).hasCount(0);
			assertThat(navigation.getByText("People")).hasCount(0);
		}
		try (BrowserContext again = newContext()) {
			Page page = again.newPage();
			page.navigate(jar.url("/login"));

			signInWithProvider(page, newcomer.toUpperCase(), true, "Nina N.");

			// The same person as before: named as created, not created twice.
			assertThat(page.getByText("Nina Newcomer").first()).isVisible();
		}
		try (BrowserContext administrator = newContext()) {
			Page page = administrator.newPage();
			page.navigate(jar.url("/login"));
			signInWithProvider(page, BrowserJourney.ADMIN, true, "Ada at Contoso");

			page.navigate(jar.url("/audit"));

			Locator created = page.getByText("person " + newcomer);
			assertThat(created).hasCount(1);
			assertThat(page.getByText("person created at sign in").first()).isVisible();
		}
	}

	@Test
	void password_sign_in_posted_while_it_is_off_is_refused() {
		HttpVisitor visitor = new HttpVisitor(jar);

		HttpResponse<String> answer = visitor.signIn(BrowserJourney.ADMIN, BrowserJourney.DEMO_PASSWORD);

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.body()).contains("Password sign-in is off");
		assertThat(HttpVisitor.location(visitor.get("/admin/people"))).contains("/login");
	}

	private static BrowserContext newContext() {
		return chromium.browser
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 900));
	}

	/**
	 * Signs in through the provider, which vouches for this email, and waits until
	 * Servewell is open.
	 */
	private static void signInWithProvider(Page page, String email, boolean verified, String name) {
		clickProviderButton(page, email, verified, name);
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
	}

	private static void clickProviderButton(Page page, String email, boolean verified, String name) {
		provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "subject-" + UUID.randomUUID(), "JWT",
				List.of(CLIENT_ID), Map.of("email", email, "email_verified", verified, "name", name), 3600));
		providerButton(page).click();
	}

	private static Locator providerButton(Page page) {
		return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Contoso"));
	}

}
