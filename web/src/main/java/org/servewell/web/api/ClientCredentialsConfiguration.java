package org.servewell.web.api;

import org.servewell.apiaccess.ClientCredentialsPerson;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * OAuth2 client credentials for the API, set up only when the provider's issuer is
 * configured ({@code SERVEWELL_API_OAUTH2_ISSUER_URI}); without it nothing here exists
 * and the API accepts Servewell's own tokens alone (decision 0011).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${servewell.api.oauth2.issuer-uri:}'.isBlank()")
class ClientCredentialsConfiguration {

	@Bean
	ClientCredentials clientCredentials(@Value("${servewell.api.oauth2.issuer-uri}") String issuer,
			@Value("${servewell.api.oauth2.audience:}") String audience,
			@Value("${servewell.api.oauth2.person:}") String person,
			@Value("${servewell.api.oauth2.scopes-claim:scope}") String scopesClaim, ClientCredentialsPerson people,
			ProblemWriter problems) {
		if (audience.isBlank()) {
			throw new IllegalStateException("The API accepts access tokens from " + issuer
					+ " but no audience is set: set SERVEWELL_API_OAUTH2_AUDIENCE to the audience the provider "
					+ "puts in tokens for Servewell's API (in Keycloak, an audience mapper), so that tokens "
					+ "meant for other services are refused.");
		}
		if (person.isBlank()) {
			throw new IllegalStateException("The API accepts access tokens from " + issuer
					+ " but does not know whom they act as: set SERVEWELL_API_OAUTH2_PERSON to the email of the "
					+ "Servewell person (an administrator, or a person kept for integrations) whose roles they use.");
		}
		return new ClientCredentials(issuer.strip(), audience.strip(), person.strip(), scopesClaim.strip(), people,
				problems);
	}

}
