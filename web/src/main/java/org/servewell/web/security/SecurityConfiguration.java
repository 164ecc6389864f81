package org.servewell.web.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Form sign-in through the Vaadin login view, a new session id at sign-in, and a registry
 * of sessions so that disabling a person ends their sessions at once. Which views a
 * person may open is declared on each view.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
		// Open to all: health for the container's probe, Servewell's stylesheet for the
		// sign-in page.
		// Everything else is decided per view by its access annotation.
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**")
					.permitAll());
		http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId())
			.maximumSessions(-1)
			.sessionRegistry(sessionRegistry)
			.expiredUrl("/login?ended"));
		http.with(VaadinSecurityConfigurer.vaadin(), (vaadin) -> vaadin.loginView(LoginView.class));
		return http.build();
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
