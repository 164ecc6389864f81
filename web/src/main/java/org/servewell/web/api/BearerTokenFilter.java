package org.servewell.web.api;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.servewell.apiaccess.ApiCaller;
import org.servewell.apiaccess.ApiTokenService;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request from its {@code Authorization: Bearer} header. A request
 * without the header goes on unauthenticated (and is refused by the authorization rules
 * unless the path is open); a header with an unknown, revoked or expired token is refused
 * at once with 401. When the API also accepts the provider's access tokens
 * ({@link ClientCredentials}), a bearer that is not one of Servewell's ({@code sw_...})
 * goes on to be checked there.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenService tokens;

	private final ProblemWriter problems;

	private final SecurityContextHolderStrategy contexts;

	private final boolean providerTokens;

	BearerTokenFilter(ApiTokenService tokens, ProblemWriter problems, SecurityContextHolderStrategy contexts,
			boolean providerTokens) {
		this.tokens = tokens;
		this.problems = problems;
		this.contexts = contexts;
		this.providerTokens = providerTokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		boolean bearer = header.regionMatches(true, 0, BEARER, 0, BEARER.length());
		String secret = bearer ? header.substring(BEARER.length()).strip() : "";
		if (bearer && this.providerTokens && !secret.startsWith(ApiTokenService.SECRET_PREFIX)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiCaller> caller = bearer ? this.tokens.authenticate(secret) : Optional.empty();
		if (caller.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED,
					"The API token is unknown, revoked or expired. Ask an administrator for a valid token.");
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(new ApiAuthentication(caller.get()));
		this.contexts.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.contexts.clearContext();
		}
	}

}
