package org.servewell.web.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.servewell.badges.BadgeAddresses;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Form sign-in through the Vaadin login view with its CSRF token checked, a new session
 * id at sign-in, sign-in locked for a while after repeated wrong passwords, requests from
 * other sites refused, security headers on every answer, and a registry of sessions so
 * that disabling a person ends their sessions at once. Which views a person may open is
 * declared on each view.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	/**
	 * What the pages may load and run. Vaadin's production bundle needs inline scripts
	 * and styles (its bootstrap page and Lumo) and {@code eval} (the Flow client runs
	 * server-sent JavaScript through {@code new Function}); everything comes from
	 * Servewell itself, and no other site may frame Servewell or receive its forms.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
			+ "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Browser features Servewell never uses, turned off for its pages. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, RequestUtil requestUtil,
			SignInThrottle signInThrottle, @Value("${servewell.public-url:http://localhost:8080}") String publicUrl,
			ObjectProvider<SingleSignOn> singleSignOnIfSetUp) throws Exception {
		openToAll(http);
		http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId())
			.maximumSessions(-1)
			.sessionRegistry(sessionRegistry)
			.expiredSessionStrategy(new EndedSessionRedirect()));
		// Vaadin would exempt the sign-in form from the CSRF check; only its own
		// requests,
		// which carry Vaadin's security key, are exempt here. The sign-in form sends the
		// token from the page's _csrf meta tags.
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
		http.addFilterBefore(new SameOriginFilter(publicUrl), CsrfFilter.class);
		http.addFilterBefore(
				new SignInLockFilter(signInThrottle,
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")),
				UsernamePasswordAuthenticationFilter.class);
		// Vaadin writes its pages past the wrapper that would add the headers when the
		// answer
		// is committed, so they are written before the request is handled.
		http.headers((headers) -> headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
			@Override
			public <O extends HeaderWriterFilter> O postProcess(O filter) {
				filter.setShouldWriteHeadersEagerly(true);
				return filter;
			}
		}));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
			.httpStrictTransportSecurity((hsts) -> hsts.maxAgeInSeconds(31_536_000)));
		// Sign-in with the organisation's provider, when it is set up.
		SingleSignOn singleSignOn = singleSignOnIfSetUp.getIfAvailable();
		if (singleSignOn != null) {
			singleSignOn.applyTo(http);
		}
		http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> {
			vaadin.loginView(LoginView.class)
				.enableCsrfConfiguration(false)
				// A signed-in person who mistypes an address gets Servewell's "Page
				// not found"
				// (Vaadin's route access control still guards every view), not a bare
				// 403.
				.anyRequest((anyOther) -> anyOther.authenticated());
			if (singleSignOn != null) {
				vaadin.logoutSuccessHandler(singleSignOn.logoutSuccessHandler());
			}
		});
		return http.build();
	}

	/**
	 * Open to all: health for the container's probe, Servewell's stylesheet and icon for
	 * the sign-in page, and what anyone checking an Open Badge fetches (keys, issuer,
	 * achievements, status list). Everything else is decided per view by its access
	 * annotation.
	 */
	private static void openToAll(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/favicon.ico")
			.permitAll()
			.requestMatchers(HttpMethod.GET, BadgeAddresses.KEY_SET_PATH, BadgeAddresses.ISSUER_PATH,
					BadgeAddresses.KEYS_PATH + "*", BadgeAddresses.STATUS_LIST_PATH,
					BadgeAddresses.ACHIEVEMENTS_PATH + "course/*/*", BadgeAddresses.ACHIEVEMENTS_PATH + "path/*")
			.permitAll());
	}

	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/**
	 * Tells the session registry when a session ends, so it does not keep dead sessions.
	 */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

}
