package org.servewell.web.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.apiaccess.ApiTokenService;
import org.servewell.apiaccess.ClientCredentialsPerson;
import org.servewell.people.Role;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Lets other systems call the API with an access token that the organisation's OAuth2
 * provider issued them (client credentials), next to Servewell's own tokens: a bearer
 * that starts with {@code sw_} is Servewell's ({@link BearerTokenFilter}), any other is a
 * JWT checked here: signed by the provider (keys from its discovery document, fetched at
 * the first call), from the configured issuer, for the configured audience, not expired.
 * <p>
 * A valid token acts as the configured person, with their roles at the time of the call,
 * narrowed by its scopes {@code api.read} and {@code api.write}, as a Servewell token is
 * narrowed by its scope (decisions 0010, 0011). The request is named by the person's
 * email, so services' role and per-record checks and the audit trail treat it as them.
 */
final class ClientCredentials {

	/** The scopes the API knows; any others in the token are ignored. */
	private static final Set<String> API_SCOPES = Set.of(ApiAuthentication.READ, ApiAuthentication.WRITE);

	private static final Logger log = LoggerFactory.getLogger(ClientCredentials.class);

	private final String person;

	private final ClientCredentialsPerson people;

	private final ProblemWriter problems;

	private final JwtDecoder decoder;

	private final JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();

	ClientCredentials(String issuer, String audience, String person, String scopesClaim, ClientCredentialsPerson people,
			ProblemWriter problems) {
		this.person = person;
		this.people = people;
		this.problems = problems;
		NimbusJwtDecoder nimbus = NimbusJwtDecoder.withIssuerLocation(issuer).build();
		nimbus.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
				new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
						(aud) -> aud != null && aud.contains(audience))));
		this.decoder = nimbus;
		if (!scopesClaim.isEmpty()) {
			this.scopes.setAuthoritiesClaimName(scopesClaim);
		}
	}

	/** Adds the check of the provider's tokens to the API's filter chain. */
	void applyTo(HttpSecurity http) throws Exception {
		http.oauth2ResourceServer((server) -> server.bearerTokenResolver(providerTokens())
			.jwt((jwt) -> jwt.decoder(this.decoder).jwtAuthenticationConverter(this::authenticate))
			.authenticationEntryPoint(refusal()));
	}

	/** The bearer of the request unless it is one of Servewell's own tokens. */
	private static BearerTokenResolver providerTokens() {
		DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
		return (request) -> {
			String token = bearer.resolve(request);
			return (token == null || token.startsWith(ApiTokenService.SECRET_PREFIX)) ? null : token;
		};
	}

	/**
	 * The request as the configured person: their roles plus the token's API scopes;
	 * refused when the person is disabled or unknown.
	 */
	JwtAuthenticationToken authenticate(Jwt jwt) {
		Set<Role> roles = this.people.rolesOfEnabled(this.person).orElseThrow(() -> {
			log.warn("Refused an API call with an access token from client {}: the person it acts as, {}, is "
					+ "disabled or unknown", client(jwt), this.person);
			return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
					"the Servewell person that access tokens act as is disabled or unknown; ask an administrator",
					null));
		});
		List<GrantedAuthority> authorities = new ArrayList<>();
		roles.forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
		this.scopes.convert(jwt)
			.stream()
			.filter((scope) -> API_SCOPES.contains(scope.getAuthority()))
			.forEach(authorities::add);
		return new JwtAuthenticationToken(jwt, authorities, this.person);
	}

	/** The client the provider issued the token to, for rate limits and the log. */
	static String client(Jwt jwt) {
		for (String claim : List.of("azp", "client_id", JwtClaimNames.SUB)) {
			String value = jwt.getClaimAsString(claim);
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return "unknown client";
	}

	/** 401 as a problem detail, saying why the token was refused. */
	private AuthenticationEntryPoint refusal() {
		return (request, response, exception) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			String reason = (exception instanceof OAuth2AuthenticationException oauth2
					&& oauth2.getError().getDescription() != null) ? oauth2.getError().getDescription()
							: exception.getMessage();
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "The access token was refused: " + reason
					+ " Get a new token from the organisation's provider for Servewell's API.");
		};
	}

}
