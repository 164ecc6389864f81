package org.servewell.web.api;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.servewell.apiaccess.ApiCaller;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code servewell.api.rate-limit.requests} requests per token (or per client of
 * the provider, for its access tokens) per {@code servewell.api.rate-limit.period} (a
 * token bucket, refilled evenly, in memory per running instance); beyond that 429 with
 * {@code Retry-After} in whole seconds.
 */
final class ApiRateLimitFilter extends OncePerRequestFilter {

	/** Tells the client how many requests are left in the current period. */
	static final String REMAINING = "X-RateLimit-Remaining";

	private final long requests;

	private final Duration period;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final ProblemWriter problems;

	private final SecurityContextHolderStrategy contexts;

	ApiRateLimitFilter(long requests, Duration period, ProblemWriter problems, SecurityContextHolderStrategy contexts) {
		if (requests < 1 || period.isZero() || period.isNegative()) {
			throw new IllegalStateException(
					"servewell.api.rate-limit needs at least one request in a positive period, not " + requests
							+ " per " + period);
		}
		this.requests = requests;
		this.period = period;
		this.problems = problems;
		this.contexts = contexts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.contexts.getContext().getAuthentication();
		String caller;
		String key;
		if (authentication != null && authentication.getPrincipal() instanceof ApiCaller token) {
			caller = "Token \"" + token.tokenName() + "\"";
			key = "token " + token.tokenId();
		}
		else if (authentication instanceof JwtAuthenticationToken jwt) {
			caller = "Client \"" + ClientCredentials.client(jwt.getToken()) + "\"";
			key = "client " + ClientCredentials.client(jwt.getToken());
		}
		else {
			chain.doFilter(request, response);
			return;
		}
		Bucket bucket = this.buckets.computeIfAbsent(key, (id) -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(this.requests).refillGreedy(this.requests, this.period).build())
			.build());
		ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
		response.setHeader(REMAINING, Long.toString(probe.getRemainingTokens()));
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		this.problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, caller + " made more than " + this.requests
				+ " requests in " + this.period.toSeconds() + " seconds. Try again in " + seconds + " seconds.");
	}

}
