package org.servewell.people;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing and the role checks on every service method.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class PeopleConfiguration {

	/**
	 * Hashes carry their algorithm ({@code {bcrypt}...}), so a stronger one can be
	 * adopted without a migration.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
