package org.servewell.web.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in while its account or client address is locked, before the password is
 * even checked, and sends the person back to the sign-in page with a message saying so.
 */
final class SignInLockFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SignInLockFilter.class);

	private final SignInThrottle throttle;

	private final RequestMatcher signIn;

	SignInLockFilter(SignInThrottle throttle, RequestMatcher signIn) {
		this.throttle = throttle;
		this.signIn = signIn;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.signIn.matches(request)) {
			String email = request.getParameter("username");
			Duration locked = this.throttle.lockedFor(email, request.getRemoteAddr());
			if (locked.isPositive()) {
				log.info("Refused a sign-in to {} from {}: locked for {} more seconds", email, request.getRemoteAddr(),
						locked.toSeconds());
				long minutes = Math.max(1, locked.plusSeconds(59).toMinutes());
				response.sendRedirect(request.getContextPath() + "/login?locked=" + minutes);
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
