package org.servewell.web.api;

import java.time.Duration;

import org.servewell.apiaccess.ApiTokenService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The REST API's own filter chain, ahead of the UI's: stateless (no session, so no CSRF
 * token to check), authenticated by API token in the {@code Authorization: Bearer}
 * header, rate-limited per token. GET needs the read scope; every other method the write
 * scope. When configured, the provider's OAuth2 access tokens are accepted too
 * ({@link ClientCredentials}). The OpenAPI document is open to all. Refusals are problem
 * details (RFC 9457).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	/** Where the API lives. */
	static final String API = "/api/**";

	/** Where springdoc serves the OpenAPI document (see application.properties). */
	static final String OPENAPI_DOCUMENT = "/api/v1/openapi.json";

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens, ProblemWriter problems,
			@Value("${servewell.api.rate-limit.requests:600}") long requests,
			@Value("${servewell.api.rate-limit.period:1m}") Duration period,
			ObjectProvider<SecurityContextHolderStrategy> strategy, ObjectProvider<ClientCredentials> clientCredentials)
			throws Exception {
		// Vaadin installs its own strategy (a bean, and globally): the filters use the
		// one
		// the rest of the chain uses.
		SecurityContextHolderStrategy contexts = strategy
			.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
		http.securityMatcher(API);
		http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.csrf((csrf) -> csrf.disable());
		http.requestCache((cache) -> cache.disable());
		http.formLogin((form) -> form.disable());
		http.httpBasic((basic) -> basic.disable());
		http.logout((logout) -> logout.disable());
		ClientCredentials providerTokens = clientCredentials.getIfAvailable();
		http.addFilterAfter(new BearerTokenFilter(tokens, problems, contexts, providerTokens != null),
				SecurityContextHolderFilter.class);
		if (providerTokens != null) {
			providerTokens.applyTo(http);
		}
		http.addFilterBefore(new ApiRateLimitFilter(requests, period, problems, contexts),
				AnonymousAuthenticationFilter.class);
		http.authorizeHttpRequests(
				(rules) -> rules.requestMatchers(HttpMethod.GET, OPENAPI_DOCUMENT, OPENAPI_DOCUMENT + "/**")
					.permitAll()
					.requestMatchers(HttpMethod.GET, API)
					.hasAuthority(ApiAuthentication.READ)
					.requestMatchers(HttpMethod.HEAD, API)
					.hasAuthority(ApiAuthentication.READ)
					.anyRequest()
					.hasAuthority(ApiAuthentication.WRITE));
		http.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			problems.write(request, response, HttpStatus.UNAUTHORIZED,
					"Send an API token as 'Authorization: Bearer <token>'. An administrator creates tokens under API tokens.");
		})
			.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
					"This token may not do this: a read token may only read (GET); changes need a read-and-write "
							+ "token (an access token from the provider: the api.write scope).")));
		return http.build();
	}

}
