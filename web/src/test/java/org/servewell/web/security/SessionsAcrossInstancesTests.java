package org.servewell.web.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.servewell.ServewellApplication;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.support.GenericWebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Servewell on one database: this test's application context is instance
 * B, holding the sessions; instance A, started by the test on the same database, is where
 * an administrator makes the change. Polls fast ({@link #POLL}) so the test waits a few
 * of them. Subclasses choose the database.
 */
@SpringBootTest(properties = { "servewell.sessions.access-poll=" + SessionsAcrossInstancesTests.POLL,
		"servewell.admin.email=" + SessionsAcrossInstancesTests.ADMIN,
		"servewell.admin.password=" + SessionsAcrossInstancesTests.PASSWORD })
@ActiveProfiles("test")
abstract class SessionsAcrossInstancesTests {

	static final String POLL = "200ms";

	static final String ADMIN = "admin@sessions.servewell.org";

	static final String PASSWORD = "a long enough password";

	/** Many polls: the test fails if the session is still open after this. */
	private static final Duration DEADLINE = Duration.ofSeconds(15);

	@Autowired
	SessionRegistry sessions;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Environment environment;

	@Autowired
	ObjectProvider<SecurityContextHolderStrategy> securityContexts;

	@Test
	void person_disabled_on_one_instance_loses_their_session_on_another_within_a_few_polls() {
		String email = "leaver-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		try (ConfigurableApplicationContext instanceA = startInstanceA()) {
			PeopleService peopleOnA = instanceA.getBean(PeopleService.class);
			PersonDetails leaver = SignedIn.as(ADMIN,
					() -> peopleOnA.createPerson(form(email, true), "the leaver's password"), Roles.ADMIN);
			this.sessions.registerNewSession("leaver-on-b", this.accounts.loadUserByUsername(email));
			this.sessions.registerNewSession("admin-on-b", this.accounts.loadUserByUsername(ADMIN));

			SignedIn.run(ADMIN, () -> peopleOnA.updatePerson(leaver.id(), leaver.version(), form(email, false)),
					Roles.ADMIN);
			Instant committed = Instant.now();

			SessionInformation leaverOnB = this.sessions.getSessionInformation("leaver-on-b");
			while (!leaverOnB.isExpired() && Instant.now().isBefore(committed.plus(DEADLINE))) {
				pause();
			}
			assertThat(leaverOnB.isExpired()).as("leaver's session on instance B ended").isTrue();
			assertThat(this.sessions.getSessionInformation("admin-on-b").isExpired()).isFalse();
			System.out.printf("Instance B ended the session %d ms after instance A committed (poll every %s)%n",
					Duration.between(committed, Instant.now()).toMillis(), POLL);
		}
		finally {
			readSignInsWhereThisContextKeepsThem();
		}
	}

	/**
	 * Starting instance A installs its own security context strategy (see ViewTest): put
	 * this context's back for the tests that share it.
	 */
	private void readSignInsWhereThisContextKeepsThem() {
		this.securityContexts.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
	}

	/**
	 * Instance A: the same application on the same database, on a mock servlet context as
	 * this test's own (no web server: no session of its own is needed to make the
	 * change).
	 */
	private ConfigurableApplicationContext startInstanceA() {
		return new SpringApplicationBuilder(ServewellApplication.class).web(WebApplicationType.SERVLET)
			.contextFactory((type) -> new GenericWebApplicationContext(new MockServletContext()))
			.profiles("test")
			.run("--spring.datasource.url=" + this.environment.getRequiredProperty("spring.datasource.url"),
					"--spring.datasource.username="
							+ this.environment.getRequiredProperty("spring.datasource.username"),
					"--spring.datasource.password=" + this.environment.getProperty("spring.datasource.password", ""),
					"--servewell.sessions.access-poll=" + POLL, "--servewell.admin.email=" + ADMIN,
					"--servewell.admin.password=" + PASSWORD);
	}

	private static PersonForm form(String email, boolean enabled) {
		return new PersonForm(email, "Lee Leaver", Set.of(Role.LEARNER), null, null, null, null, enabled, null);
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
