package org.servewell.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every password sign-in when {@code servewell.auth.password-login=false}: the
 * sign-in page then offers only the organisation's provider, and a password posted anyway
 * is never checked.
 */
final class PasswordSignInOff extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(PasswordSignInOff.class);

	private final RequestMatcher signIn;

	PasswordSignInOff(RequestMatcher signIn) {
		this.signIn = signIn;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.signIn.matches(request)) {
			log.info("Refused a password sign-in from {}: password sign-in is off", request.getRemoteAddr());
			// Written here, not through the error page: that page needs a signed-in
			// person
			// and would turn the refusal into a redirect to the sign-in page.
			response.setStatus(HttpServletResponse.SC_FORBIDDEN);
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter()
				.write("Password sign-in is off: sign in with your organisation's account on the sign-in page.");
			return;
		}
		chain.doFilter(request, response);
	}

}
