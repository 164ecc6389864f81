package org.servewell.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.people.DemoPeople;
import org.servewell.people.Role;
import org.servewell.shared.InstanceLock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In the demo, an organisation to explore around the demo accounts: four departments,
 * managers and 42 learners with a year of training behind them, 30 candidates at every
 * stage of hiring and four hires on their onboarding, the reminders sent so far. Runs
 * after the demo accounts and the Front desk rule, once: a database that already holds a
 * generated demo person is left as it is. The demo accounts themselves are left alone
 * (Lena Learner stays a new starter with no attempts), except that Max Manager leads the
 * Front desk team and sits on interview panels with Hana. Several instances starting
 * together on one database check and generate one at a time (lock {@value #LOCK}): the
 * generation commits before the lock is released, so the next instance finds it.
 */
@Component
@Profile(DemoPeople.PROFILE)
@Order(40)
class DemoOrganisation implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

	/** The name of the lock that one instance at a time checks and generates under. */
	static final String LOCK = "demo-organisation";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final InstanceLock lock;

	DemoOrganisation(DataSource dataSource, JdbcClient jdbc, Clock clock, InstanceLock lock) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.clock = clock;
		this.lock = lock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.lock.runAlone(LOCK, () -> {
			try {
				generateUnlessThere();
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not generate the demo organisation: " + ex.getMessage(), ex);
			}
			return null;
		});
	}

	private void generateUnlessThere() throws SQLException {
		if (generatedAlready()) {
			return;
		}
		OrganisationSize size = OrganisationSize.demo(DemoPeople.accountWith(Role.MANAGER).email());
		OrganisationGenerator.Generated generated;
		try (Connection connection = this.dataSource.getConnection()) {
			generated = new OrganisationGenerator(OrganisationGenerator.DEMO_SEED, LocalDate.now(this.clock))
				.generate(connection, size);
		}
		log.warn(
				"Demo data: generated a demo organisation of {} learners and {} managers on {}, {} course "
						+ "assignments, {} submitted quiz attempts, {} candidates and {} sent reminders. "
						+ "Never use the demo profile with real data.",
				generated.learners(), generated.managers(), OrganisationSize.DEMO_DOMAIN, generated.assignments(),
				generated.submittedAttempts(), generated.candidates(), generated.reminders());
	}

	/** Whether anyone on the demo domain besides the demo accounts exists. */
	private boolean generatedAlready() {
		return this.jdbc.sql("select count(*) from person where email like :domain and email not in (:accounts)")
			.param("domain", "%@" + OrganisationSize.DEMO_DOMAIN)
			.param("accounts", DemoPeople.ACCOUNTS.stream().map((account) -> account.email()).toList())
			.query(Long.class)
			.single() > 0;
	}

}
