package org.servewell.people;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.shared.InstanceLock;
import org.servewell.people.domain.Person;
import org.servewell.people.domain.PersonRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure Servewell has an administrator. On a first start with no administrator,
 * creates one from {@code SERVEWELL_ADMIN_EMAIL} and {@code SERVEWELL_ADMIN_PASSWORD};
 * without them Servewell refuses to start rather than invent default credentials. Several
 * instances starting together on an empty database check one at a time, so that one
 * creates the administrator and the others find it.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	/** The name of the lock that one instance at a time checks under. */
	static final String LOCK = "first-administrator";

	private final PersonRepository people;

	private final PasswordEncoder passwordEncoder;

	private final InstanceLock lock;

	private final String email;

	private final String password;

	FirstAdministrator(PersonRepository people, PasswordEncoder passwordEncoder, InstanceLock lock,
			@Value("${servewell.admin.email:}") String email, @Value("${servewell.admin.password:}") String password) {
		this.people = people;
		this.passwordEncoder = passwordEncoder;
		this.lock = lock;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.lock.runAloneInTransaction(LOCK, this::ensureAdministrator);
	}

	/** The check itself, in the caller's transaction. */
	void ensureAdministrator() {
		if (this.people.countEnabledWithRole(Role.ADMIN) > 0) {
			return;
		}
		if (this.email.isBlank() || this.password.isBlank()) {
			throw new IllegalStateException(
					"""
							Servewell has no administrator yet and will not invent one.
							Set SERVEWELL_ADMIN_EMAIL and SERVEWELL_ADMIN_PASSWORD (at least %d characters) for the first start, \
							or start the demo with the 'demo' profile (see README.md)."""
						.formatted(PersonLimits.PASSWORD_MIN_LENGTH));
		}
		String normalized = PeopleRules.normalizeEmail(this.email);
		try {
			PeopleRules.checkPassword(this.password, normalized);
		}
		catch (InvalidPersonException ex) {
			throw new IllegalStateException("SERVEWELL_ADMIN_PASSWORD is not acceptable: " + ex.getMessage(), ex);
		}
		Person admin = this.people.findByEmail(normalized).orElseGet(() -> new Person(normalized, "Administrator"));
		admin.setPasswordHash(this.passwordEncoder.encode(this.password));
		Set<Role> roles = admin.getRoles();
		roles.add(Role.ADMIN);
		admin.setRoles(roles);
		admin.setEnabled(true);
		this.people.save(admin);
		log.info("Created the first administrator, {}. Remove SERVEWELL_ADMIN_PASSWORD from the environment now.",
				normalized);
	}

}
