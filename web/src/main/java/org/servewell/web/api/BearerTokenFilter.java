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
 * at once with 401.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenService tokens;

	private final ProblemWriter problems;

	private final SecurityContextHolderStrategy contexts;

	BearerTokenFilter(ApiTokenService tokens, ProblemWriter problems, SecurityContextHolderStrategy contexts) {
		this.tokens = tokens;
		this.problems = problems;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiCaller> caller = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
				? this.tokens.authenticate(header.substring(BEARER.length()).strip()) : Optional.empty();
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
