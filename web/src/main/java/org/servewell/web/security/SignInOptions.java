package org.servewell.web.security;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How people sign in: with a password, with the organisation's OpenID Connect provider
 * (when its issuer is set), or both. Servewell refuses to start with neither, since then
 * nobody could sign in.
 */
@Component
class SignInOptions {

	/** Where the provider's sign-in starts (Spring Security's authorization request). */
	static final String PROVIDER_SIGN_IN = "oauth2/authorization/" + SingleSignOnConfiguration.REGISTRATION_ID;

	private final boolean passwordLogin;

	private final boolean singleSignOn;

	private final String providerName;

	SignInOptions(@Value("${servewell.auth.password-login:true}") boolean passwordLogin,
			@Value("${servewell.auth.oidc.issuer-uri:}") String issuerUri,
			@Value("${servewell.auth.oidc.name:}") String providerName) {
		this.passwordLogin = passwordLogin;
		this.singleSignOn = !issuerUri.isBlank();
		if (!passwordLogin && !this.singleSignOn) {
			throw new IllegalStateException("servewell.auth.password-login=false (SERVEWELL_AUTH_PASSWORD_LOGIN) turns "
					+ "password sign-in off, but no single sign-on is set up, so nobody could sign in. Set "
					+ "SERVEWELL_AUTH_OIDC_ISSUER_URI, SERVEWELL_AUTH_OIDC_CLIENT_ID and "
					+ "SERVEWELL_AUTH_OIDC_CLIENT_SECRET, or leave password sign-in on (see README.md).");
		}
		this.providerName = providerName.strip();
	}

	/** Whether people may sign in with their Servewell password. */
	boolean passwordLogin() {
		return this.passwordLogin;
	}

	/** Whether the organisation's OpenID Connect provider is set up. */
	boolean singleSignOn() {
		return this.singleSignOn;
	}

	/**
	 * The provider button's text in the page's language: "Sign in with" and the
	 * configured name, or the configured name alone when it already says "Sign in".
	 */
	String providerLabel(com.vaadin.flow.component.Component page) {
		if (this.providerName.isEmpty()) {
			return page.getTranslation("login.provider.default");
		}
		return this.providerName.toLowerCase(Locale.ROOT).startsWith("sign in") ? this.providerName
				: page.getTranslation("login.provider", this.providerName);
	}

}
