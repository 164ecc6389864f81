package org.servewell.web.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request that would change something (POST, PUT, PATCH, DELETE) when the
 * browser says it comes from another site: its {@code Origin} is neither this request's
 * own origin nor the public address Servewell is configured with, or its
 * {@code Sec-Fetch-Site} is {@code cross-site}. A second guard beside the CSRF token,
 * against sign-in and other requests forged from another site.
 */
final class SameOriginFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(SameOriginFilter.class);

	private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final String publicOrigin;

	SameOriginFilter(String publicUrl) {
		this.publicOrigin = origin(publicUrl);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (CHANGING.contains(request.getMethod()) && fromAnotherSite(request)) {
			log.warn("Refused a {} to {} from another site (Origin {}, Sec-Fetch-Site {})", request.getMethod(),
					request.getRequestURI(), request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"));
			response.sendError(HttpServletResponse.SC_FORBIDDEN, "Requests from other sites are refused.");
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean fromAnotherSite(HttpServletRequest request) {
		if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
			return true;
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return false;
		}
		String given = origin.strip().toLowerCase(Locale.ROOT);
		return !given.equals(ownOrigin(request)) && !given.equals(this.publicOrigin);
	}

	private static String ownOrigin(HttpServletRequest request) {
		String scheme = request.getScheme().toLowerCase(Locale.ROOT);
		int port = request.getServerPort();
		boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
		return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
	}

	private static String origin(String url) {
		try {
			URI uri = URI.create(url.strip());
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
					+ ((uri.getPort() > 0) ? ":" + uri.getPort() : "");
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

}
