package org.servewell.web.security;

import java.util.Locale;

import org.servewell.people.ProviderSignIn;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Single sign-on refused a person the provider signed in, with the reason and the email,
 * which the refusal page shows ({@link SignInRefusedView}).
 */
final class ProviderRefusal extends OAuth2AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final ProviderSignIn.Outcome outcome;

	private final String email;

	ProviderRefusal(ProviderSignIn.Outcome outcome, String email) {
		super(new OAuth2Error("servewell_" + outcome.name().toLowerCase(Locale.ROOT)),
				"Single sign-on refused " + email + ": " + outcome);
		this.outcome = outcome;
		this.email = email;
	}

	ProviderSignIn.Outcome outcome() {
		return this.outcome;
	}

	String email() {
		return this.email;
	}

}
