package org.servewell.web.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Adds sign-in with the organisation's provider to the security configuration: the
 * redirect to the provider and back, matching the person ({@link ProviderUsers}), a clear
 * page when they are refused ({@link SignInRefusal}), sign-out at the provider too, and,
 * when password sign-in is off, the refusal of password sign-ins.
 */
final class SingleSignOn {

	private final ClientRegistrationRepository registrations;

	private final ProviderUsers users;

	private final boolean passwordLogin;

	SingleSignOn(ClientRegistrationRepository registrations, ProviderUsers users, boolean passwordLogin) {
		this.registrations = registrations;
		this.users = users;
		this.passwordLogin = passwordLogin;
	}

	void applyTo(HttpSecurity http) throws Exception {
		http.oauth2Login((login) -> login
			// Servewell's own sign-in page, with the provider's button; not Spring's
			// generated one.
			.loginPage("/login")
			.clientRegistrationRepository(this.registrations)
			.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(this.users))
			.failureHandler(new SignInRefusal()));
		if (!this.passwordLogin) {
			http.addFilterBefore(
					new PasswordSignInOff(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")),
					UsernamePasswordAuthenticationFilter.class);
		}
	}

	/**
	 * After Servewell's session ends, the provider's too when it supports RP-initiated
	 * logout (advertises an {@code end_session_endpoint}); it then sends the browser back
	 * to the sign-in page. A person who signed in with a password goes straight there.
	 * The redirect also works from a click in a Vaadin page.
	 */
	LogoutSuccessHandler logoutSuccessHandler() {
		OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(
				this.registrations);
		handler.setPostLogoutRedirectUri("{baseUrl}/login");
		handler.setDefaultTargetUrl("/login");
		handler.setRedirectStrategy(new UidlRedirectStrategy());
		return handler;
	}

}
