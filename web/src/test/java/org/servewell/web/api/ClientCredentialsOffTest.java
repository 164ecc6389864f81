package org.servewell.web.api;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Without {@code servewell.api.oauth2.issuer-uri} the API knows nothing of the provider:
 * a valid access token from it is refused as an unknown token, and Servewell's own tokens
 * work as ever.
 */
class ClientCredentialsOffTest extends ApiTestSupport {

	@Test
	void without_configuration_a_providers_access_token_is_refused_and_servewell_tokens_still_work() throws Exception {
		MockOAuth2Server provider = new MockOAuth2Server();
		provider.start();
		try {
			String jwt = provider.issueToken("contoso", "hr-system").serialize();

			this.api.perform(bearer(get("/api/v1/people"), jwt))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail").value(containsString("API token is unknown")));
		}
		finally {
			provider.shutdown();
		}
		this.api.perform(bearer(get("/api/v1/people"), token(org.servewell.apiaccess.ApiScope.READ)))
			.andExpect(status().isOk());
		assertThat(this.context.getBeanNamesForType(ClientCredentials.class)).isEmpty();
	}

}
