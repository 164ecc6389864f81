package org.servewell.web.e2e;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servewell.web.e2e.HttpVisitor.location;

/**
 * Sign-in over HTTP against the production jar: the CSRF token and the origin are
 * checked, and repeated wrong passwords lock the account and the client address. The
 * locks are tried on a second jar with low limits ({@link #STRICT}), so that they leave
 * the shared jar alone; each test comes from an address of its own, given as a trusted
 * proxy gives it ({@code X-Forwarded-For} from the loopback address).
 */
@AgainstProductionJar
class SignInHttpTest {

	static final ProductionJar.Variant STRICT = new ProductionJar.Variant("strict",
			Map.of("SERVEWELL_SIGN_IN_ACCOUNT_FAILURES", "3", "SERVEWELL_SIGN_IN_ADDRESS_FAILURES", "6"));

	static final String PASSWORD = BrowserJourney.DEMO_PASSWORD;

	static ProductionJar strict;

	@RegisterExtension
	static final BeforeAllCallback startStrictJar = (context) -> strict = ProductionJar.of(context, STRICT);

	ProductionJar jar;

	@BeforeEach
	void useJar(ProductionJar jar) {
		this.jar = jar;
	}

	@Test
	void sign_in_with_the_token_of_the_sign_in_page_works() {
		HttpVisitor visitor = new HttpVisitor(this.jar);

		HttpResponse<String> answer = visitor.signIn(BrowserJourney.MANAGER, PASSWORD);

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(location(answer)).doesNotContain("/login");
		assertThat(visitor.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void sign_in_posted_without_the_csrf_token_is_refused() {
		HttpVisitor visitor = new HttpVisitor(this.jar);
		visitor.get("/login");

		HttpResponse<String> answer = visitor
			.postSignIn(Map.of("username", BrowserJourney.MANAGER, "password", PASSWORD));

		assertRefused(answer);
		assertThat(location(visitor.get("/"))).as("still signed out").endsWith("/login");
	}

	@Test
	void sign_in_posted_from_another_site_is_refused_even_with_a_token() {
		HttpVisitor visitor = new HttpVisitor(this.jar);
		String token = visitor.signInToken();
		visitor.with("Origin", "https://servewell.attacker.example");

		HttpResponse<String> answer = visitor
			.postSignIn(Map.of("username", BrowserJourney.MANAGER, "password", PASSWORD, "_csrf", token));

		assertRefused(answer);
		assertThat(location(visitor.get("/"))).as("still signed out").endsWith("/login");
	}

	@Test
	void wrong_passwords_lock_the_account_and_then_even_the_right_password_is_refused() {
		HttpVisitor attacker = new HttpVisitor(strict).with("X-Forwarded-For", "203.0.113.10");
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThat(location(attacker.signIn(BrowserJourney.TRAINER, "wrong guess " + attempt))).as("attempt")
				.endsWith("/login?error");
		}

		HttpResponse<String> answer = attacker.signIn(BrowserJourney.TRAINER, PASSWORD);

		assertThat(location(answer)).matches(".*/login\\?locked=\\d+");
		assertThat(location(attacker.get("/"))).as("still signed out").endsWith("/login");
		HttpVisitor trainerElsewhere = new HttpVisitor(strict).with("X-Forwarded-For", "198.51.100.20");
		assertThat(location(trainerElsewhere.signIn(BrowserJourney.TRAINER, PASSWORD)))
			.as("the account is locked from every address")
			.matches(".*/login\\?locked=\\d+");
		HttpVisitor colleague = new HttpVisitor(strict).with("X-Forwarded-For", "203.0.113.10");
		assertThat(location(colleague.signIn(BrowserJourney.HR, PASSWORD))).as("other accounts still sign in")
			.doesNotContain("/login");
	}

	@Test
	void many_wrong_passwords_from_one_address_lock_sign_in_from_that_address() {
		HttpVisitor attacker = new HttpVisitor(strict).with("X-Forwarded-For", "203.0.113.66");
		for (int attempt = 1; attempt <= 6; attempt++) {
			attacker.signIn("nobody" + attempt + "@example.org", "passwordpass");
		}

		assertThat(location(attacker.signIn(BrowserJourney.LEARNER, PASSWORD))).matches(".*/login\\?locked=\\d+");
		HttpVisitor elsewhere = new HttpVisitor(strict).with("X-Forwarded-For", "198.51.100.77");
		assertThat(location(elsewhere.signIn(BrowserJourney.LEARNER, PASSWORD))).doesNotContain("/login");
	}

	/**
	 * The sign-in was refused: its 403 goes to the error page, which sends a visitor who
	 * is not signed in back to the sign-in page (so a person whose sign-in page sat open
	 * past the session's end just signs in anew).
	 */
	private static void assertRefused(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(location(answer)).as("back to sign-in, not into Servewell").endsWith("/login");
	}

}
