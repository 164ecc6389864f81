package org.servewell.web.security;

import java.util.List;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.servewell.web.ViewTest;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.WebAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a failed sign-in, Spring Security sends the visitor back to {@code /login?error}
 * with the failure in the session; the page gives the email back to the form so only the
 * password has to be typed again. The browser side is checked by
 * {@code SignInJourneyTest}.
 */
class FailedSignInViewTest extends ViewTest {

	@Test
	void visitor_whose_sign_in_failed_finds_their_email_still_typed_but_not_the_password() {
		BadCredentialsException failure = new BadCredentialsException("Bad credentials");
		failure.setAuthenticationRequest(
				UsernamePasswordAuthenticationToken.unauthenticated("lena.typo@example.org", "my secret guess"));
		VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);

		UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
		MockVaadin.clientRoundtrip();
		assertThat(getCurrentView()).isInstanceOf(LoginView.class);

		List<String> sentToBrowser = sentToBrowser();
		assertThat(sentToBrowser).anyMatch((parameter) -> parameter.equals("lena.typo@example.org"))
			.noneMatch((parameter) -> parameter.contains("my secret guess"));
	}

	@Test
	void a_first_visit_to_the_sign_in_page_fills_in_no_email() {
		navigate(LoginView.class);

		assertThat(sentToBrowser()).noneMatch((parameter) -> parameter.contains("@"));
	}

	/** Every parameter of the JavaScript calls queued for the browser, as text. */
	private static List<String> sentToBrowser() {
		return UI.getCurrent()
			.getInternals()
			.dumpPendingJavaScriptInvocations()
			.stream()
			.flatMap((invocation) -> invocation.getInvocation().getParameters().stream())
			.map(String::valueOf)
			.toList();
	}

}
