package org.servewell.web.security;

import java.util.List;

import org.servewell.audit.AuditTrail;
import org.servewell.people.ProviderAccounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * Single sign-on with the organisation's OpenID Connect provider, set up only when its
 * issuer is configured ({@code SERVEWELL_AUTH_OIDC_ISSUER_URI}); without it nothing here
 * exists and sign-in is by password alone. The provider's settings are read from its
 * discovery document at start, so Servewell does not start while the provider cannot be
 * reached.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${servewell.auth.oidc.issuer-uri:}'.isBlank()")
class SingleSignOnConfiguration {

	/**
	 * The registration's id, part of the redirect URI the provider must allow:
	 * {@code {baseUrl}/login/oauth2/code/oidc}.
	 */
	static final String REGISTRATION_ID = "oidc";

	@Bean
	ClientRegistrationRepository clientRegistrationRepository(@Value("${servewell.auth.oidc.issuer-uri}") String issuer,
			@Value("${servewell.auth.oidc.client-id:}") String clientId,
			@Value("${servewell.auth.oidc.client-secret:}") String clientSecret) {
		if (clientId.isBlank()) {
			throw new IllegalStateException("Single sign-on is set up with the issuer " + issuer
					+ " but without a client id: set SERVEWELL_AUTH_OIDC_CLIENT_ID (and "
					+ "SERVEWELL_AUTH_OIDC_CLIENT_SECRET) to the client registered for Servewell at the provider.");
		}
		ClientRegistration registration = ClientRegistrations.fromIssuerLocation(issuer.strip())
			.registrationId(REGISTRATION_ID)
			.clientId(clientId.strip())
			.clientSecret(clientSecret.strip())
			.scope("openid", "profile", "email")
			.build();
		return new InMemoryClientRegistrationRepository(registration);
	}

	@Bean
	SingleSignOn singleSignOn(ClientRegistrationRepository registrations, ProviderAccounts accounts, AuditTrail audit,
			SignInOptions options, @Value("${servewell.auth.oidc.jit-domains:}") List<String> creatingDomains,
			@Value("${servewell.auth.oidc.email-verified-claim:email_verified}") String emailVerifiedClaim,
			Environment environment) {
		return new SingleSignOn(registrations,
				new ProviderUsers(accounts, audit, creatingDomains, emailVerifiedClaim, RolesClaim.from(environment)),
				options.passwordLogin());
	}

}
