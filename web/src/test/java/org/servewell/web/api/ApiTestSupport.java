package org.servewell.web.api;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.servewell.apiaccess.ApiScope;
import org.servewell.apiaccess.ApiTokenForm;
import org.servewell.apiaccess.ApiTokenService;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * API tests: requests through the real security filter chain and controllers (MockMvc, in
 * the view tests' application context, so no second context), with tokens created as the
 * demo administrator through the service the token view uses.
 */
abstract class ApiTestSupport extends ViewTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	ApiTokenService tokens;

	MockMvc api;

	@BeforeEach
	void buildClient() {
		this.api = MockMvcBuilders.webAppContextSetup(this.context)
			.addFilters(this.context.getBean("springSecurityFilterChain", Filter.class))
			.build();
	}

	/** A new token's secret. */
	String token(ApiScope scope) {
		return asAdmin(() -> this.tokens.create(new ApiTokenForm("test " + scope, scope, LocalDate.now().plusDays(5)))
			.secret());
	}

	/**
	 * Runs as the demo administrator: each API request clears the thread's security
	 * context (MockMvc runs it on the test's thread), so the test signs in for each call.
	 */
	<T> T asAdmin(Supplier<T> action) {
		return as(ADMIN, action);
	}

	/** Runs as an administrator who signs in with {@code email}. */
	<T> T as(String email, Supplier<T> action) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null,
					List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A person's JSON, as PersonForm reads it. */
	static String person(String email, String name) {
		return """
				{"email":"%s","displayName":"%s","roles":["LEARNER"],"department":"Housekeeping",
				 "jobRole":"Room attendant","startDate":"2026-12-01","enabled":true}
				""".formatted(email, name);
	}

	static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String secret) {
		return request.header("Authorization", "Bearer " + secret);
	}

}
