package org.servewell.web.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.Filter;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servewell.apiaccess.ClientCredentialsPerson;
import org.servewell.web.ViewTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Calls with OAuth2 client-credentials access tokens from an OpenID Connect provider
 * running in the test (NAV's mock-oauth2-server): a token with the API's scopes reads and
 * writes as the configured person; one without the write scope may not write; an expired
 * token, one from another issuer or for another audience is refused with 401; Servewell's
 * own tokens keep working beside them.
 * <p>
 * The configuration needs an application context of its own, closed after the class. Its
 * start installs Vaadin's security context strategy globally; the strategy of the view
 * tests' shared context is put back afterwards, so their sign-ins are seen again.
 */
@SpringBootTest
@ActiveProfiles({ "demo", "test" })
@DirtiesContext
class ClientCredentialsApiTest {

	private static final String ISSUER_ID = "contoso";

	private static final String AUDIENCE = "servewell-api";

	private static final String CLIENT_ID = "hr-system";

	static MockOAuth2Server provider;

	static SecurityContextHolderStrategy before;

	@Autowired
	WebApplicationContext context;

	MockMvc api;

	@Autowired
	ClientCredentials clientCredentials;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry properties) {
		before = SecurityContextHolder.getContextHolderStrategy();
		provider = new MockOAuth2Server();
		provider.start();
		properties.add("servewell.api.oauth2.issuer-uri", () -> provider.issuerUrl(ISSUER_ID).toString());
		properties.add("servewell.api.oauth2.audience", () -> AUDIENCE);
		properties.add("servewell.api.oauth2.person", () -> ViewTest.ADMIN);
	}

	@AfterAll
	static void stop() {
		if (provider != null) {
			provider.shutdown();
		}
		if (before != null) {
			SecurityContextHolder.setContextHolderStrategy(before);
		}
	}

	@BeforeEach
	void buildClient() {
		this.api = MockMvcBuilders.webAppContextSetup(this.context)
			.addFilters(this.context.getBean("springSecurityFilterChain", Filter.class))
			.build();
	}

	@Test
	void hr_system_gets_a_token_from_the_provider_with_client_credentials_and_lists_people() throws Exception {
		String token = tokenFromTheTokenEndpoint("api.read api.write");

		this.api.perform(get("/api/v1/people").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ViewTest.ADMIN)));
	}

	@Test
	void token_with_the_write_scope_creates_a_person_as_the_configured_administrator() throws Exception {
		String token = token(ISSUER_ID, List.of(AUDIENCE), "api.read api.write", 3600);
		String email = "via-client-" + UUID.randomUUID() + "@example.org";

		this.api
			.perform(post("/api/v1/people").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(ApiTestSupport.person(email, "Via Client")))
			.andExpect(status().isCreated());
		this.api.perform(get("/api/v1/people").header("Authorization", "Bearer " + token))
			.andExpect(content().string(containsString(email)));
	}

	@Test
	void token_with_only_the_read_scope_that_writes_is_refused_with_403_and_nothing_is_created() throws Exception {
		String token = token(ISSUER_ID, List.of(AUDIENCE), "api.read", 3600);
		String email = "read-only-" + UUID.randomUUID() + "@example.org";

		this.api
			.perform(post("/api/v1/people").header("Authorization", "Bearer " + token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(ApiTestSupport.person(email, "Read Only")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("api.write")));
		this.api.perform(get("/api/v1/people").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(email))));
	}

	@Test
	void token_without_the_api_scopes_may_not_even_read() throws Exception {
		String token = token(ISSUER_ID, List.of(AUDIENCE), "openid profile", 3600);

		this.api.perform(get("/api/v1/people").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
	}

	@Test
	void expired_token_is_refused_with_401_problem_details() throws Exception {
		// Issued two hours ago for one hour: past Spring Security's minute of allowed
		// clock skew.
		Date issued = Date.from(Instant.now().minus(Duration.ofHours(2)));
		String token = provider
			.issueToken(ISSUER_ID, CLIENT_ID,
					new DefaultOAuth2TokenCallback(ISSUER_ID, CLIENT_ID, "JWT", List.of(AUDIENCE),
							Map.of("scope", "api.read", "iat", issued, "nbf", issued), -3600))
			.serialize();

		this.api.perform(get("/api/v1/people").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value(containsString("expired")));
	}

	@Test
	void token_from_another_issuer_or_for_another_audience_is_refused_with_401() throws Exception {
		String otherIssuer = token("elsewhere", List.of(AUDIENCE), "api.read", 3600);
		String otherAudience = token(ISSUER_ID, List.of("payroll"), "api.read", 3600);

		this.api.perform(get("/api/v1/people").header("Authorization", "Bearer " + otherIssuer))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.api.perform(get("/api/v1/people").header("Authorization", "Bearer " + otherAudience))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("aud")));
		this.api.perform(get("/api/v1/people").header("Authorization", "Bearer not.a.jwt"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void calls_act_as_the_configured_person_and_are_refused_while_nobody_enabled_has_the_email() {
		Jwt jwt = Jwt.withTokenValue("a token")
			.header("alg", "RS256")
			.claim("azp", CLIENT_ID)
			.claim("scope", "api.read api.write openid")
			.build();

		JwtAuthenticationToken admin = this.clientCredentials.authenticate(jwt);

		assertThat(admin.getName()).isEqualTo(ViewTest.ADMIN);
		assertThat(admin.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_ADMIN", ApiAuthentication.READ, ApiAuthentication.WRITE);
		ClientCredentials nobody = configure(AUDIENCE, "gone@example.org");
		assertThatThrownBy(() -> nobody.authenticate(jwt)).isInstanceOf(OAuth2AuthenticationException.class)
			.hasMessageContaining("disabled or unknown");
	}

	@Test
	void configuration_without_audience_or_person_is_refused_at_start_saying_what_to_set() {
		assertThatThrownBy(() -> configure(" ", ViewTest.ADMIN)).hasMessageContaining("SERVEWELL_API_OAUTH2_AUDIENCE");
		assertThatThrownBy(() -> configure(AUDIENCE, "")).hasMessageContaining("SERVEWELL_API_OAUTH2_PERSON");
	}

	private ClientCredentials configure(String audience, String person) {
		return new ClientCredentialsConfiguration().clientCredentials(provider.issuerUrl(ISSUER_ID).toString(),
				audience, person, "scope", this.context.getBean(ClientCredentialsPerson.class),
				this.context.getBean(ProblemWriter.class));
	}

	@Test
	void client_beyond_the_rate_limit_is_refused_with_429_and_retry_after() throws Exception {
		// Its own client, so that the other tests' calls do not count; 30 calls a minute
		// in the tests (application-test.properties).
		String token = provider
			.issueToken(ISSUER_ID, "reporting-tool",
					new DefaultOAuth2TokenCallback(ISSUER_ID, "reporting-tool", "JWT", List.of(AUDIENCE),
							Map.of("scope", "api.read", "azp", "reporting-tool"), 3600))
			.serialize();
		this.api.perform(get("/api/v1/departments").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(header().string(ApiRateLimitFilter.REMAINING, "29"));

		// The bucket refills evenly (one call every two seconds here), so a slow machine
		// may need a few more calls than 30 to empty it.
		MvcResult refused = null;
		for (int call = 1; call < 100 && refused == null; call++) {
			MvcResult result = this.api.perform(get("/api/v1/departments").header("Authorization", "Bearer " + token))
				.andReturn();
			if (result.getResponse().getStatus() != 200) {
				refused = result;
			}
		}
		assertThat(refused).isNotNull();
		assertThat(refused.getResponse().getStatus()).isEqualTo(429);
		assertThat(refused.getResponse().getHeader("Retry-After")).isNotBlank();
		assertThat(refused.getResponse().getContentAsString()).contains("Client \\\"reporting-tool\\\"");
	}

	@Test
	void servewell_tokens_keep_working_beside_the_providers() throws Exception {
		this.api.perform(get("/api/v1/people").header("Authorization", "Bearer sw_not-a-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("API token is unknown")));
		this.api.perform(get("/api/v1/people"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("Authorization: Bearer")));
	}

	/** A token the provider signs, as its token endpoint would issue it. */
	private static String token(String issuerId, List<String> audience, String scope, long expirySeconds) {
		return provider
			.issueToken(issuerId, CLIENT_ID,
					new DefaultOAuth2TokenCallback(issuerId, CLIENT_ID, "JWT", audience,
							Map.of("scope", scope, "azp", CLIENT_ID), expirySeconds))
			.serialize();
	}

	/** A token from the provider's token endpoint, by the client-credentials grant. */
	private static String tokenFromTheTokenEndpoint(String scope) throws Exception {
		provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, CLIENT_ID, "JWT", List.of(AUDIENCE),
				Map.of("scope", scope, "azp", CLIENT_ID), 3600));
		String form = "grant_type=client_credentials&client_id=" + CLIENT_ID + "&client_secret=a-secret&scope="
				+ URLEncoder.encode(scope, StandardCharsets.UTF_8);
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpResponse<String> response = http
				.send(HttpRequest.newBuilder(URI.create(provider.tokenEndpointUrl(ISSUER_ID).toString()))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			return JsonMapper.builder().build().readTree(response.body()).get("access_token").asString();
		}
	}

}
