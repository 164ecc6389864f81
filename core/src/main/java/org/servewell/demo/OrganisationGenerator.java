package org.servewell.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates an organisation into a migrated schema with the training content loaded,
 * straight through JDBC batches: departments, managers and learners with start dates,
 * their assignments and what they did about them (lessons read, attempts with their
 * answers, completions, some expired), and optionally candidates with their interview
 * panels and hires, and the reminders sent. The demo profile runs it small, the
 * benchmarks with 100,000 learners.
 * <p>
 * The same seed and day give the same data: every choice comes from one seeded random
 * source, in a fixed order, and every date is counted from the given day. Rows get
 * explicit ids above the largest existing one, so what the schema held stays. Everything
 * is written in one transaction. See docs/decisions/0017-demo-organisation-generator.md.
 */
public final class OrganisationGenerator {

	/** The demo's seed. */
	public static final long DEMO_SEED = 20261202L;

	private final long seed;

	private final LocalDate today;

	/**
	 * @param seed the seed every choice comes from
	 * @param today the day the organisation is generated for: start dates, due dates and
	 * history are counted back from it
	 */
	public OrganisationGenerator(long seed, LocalDate today) {
		this.seed = seed;
		this.today = today;
	}

	/**
	 * Opens a connection that sends each JDBC batch as multi-row statements (MySQL's
	 * {@code rewriteBatchedStatements}) and generates through it.
	 */
	public Generated generate(String url, String user, String password, OrganisationSize size) throws SQLException {
		String batched = url.startsWith("jdbc:mysql:")
				? url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true" : url;
		try (Connection connection = DriverManager.getConnection(batched, user, password)) {
			return generate(connection, size);
		}
	}

	/**
	 * Generates the organisation through a connection, in one transaction committed at
	 * the end and rolled back on failure.
	 */
	public Generated generate(Connection connection, OrganisationSize size) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			Generated generated = write(new Rows(connection, this.seed, this.today), size);
			connection.commit();
			return generated;
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private Generated write(Rows rows, OrganisationSize size) throws SQLException {
		Catalogue catalogue = Catalogue.read(rows, size.courses());
		PeopleRows people = new PeopleRows(rows, size);
		PeopleRows.Staff staff = people.insert();
		Long admin = rows.single("select min(person_id) from person_role where role = 'ADMIN'");
		Long hr = rows.single("select min(r.person_id) from person_role r join person p on p.id = r.person_id "
				+ "where r.role = 'HR' and p.email like ?", "%@" + size.emailDomain());
		int candidates = 0;
		int reminders = 0;
		try (LearningRows learning = new LearningRows(rows, size, catalogue,
				(admin != null) ? admin : staff.managers().get(0).id())) {
			for (PeopleRows.Member learner : staff.learners()) {
				learning.learner(learner, learning.ability(), false);
			}
			if (size.hiring()) {
				List<Long> panel = new ArrayList<>();
				long lead = staff.managers().get(0).id();
				panel.add(lead);
				if (hr != null) {
					panel.add(hr);
				}
				staff.managers().stream().skip(1).limit(4 - panel.size()).forEach((m) -> panel.add(m.id()));
				candidates = new HiringRows(rows, catalogue, people, learning, panel,
						(hr != null) ? hr : (admin != null) ? admin : lead, lead)
					.insert();
			}
			learning.flush();
			if (size.reminders()) {
				reminders = new ReminderRows(rows).insert(learning.open());
			}
			PeopleRows.Member firstManager = staff.managers().get(0);
			String managerEmail = (firstManager.email() != null) ? firstManager.email() : size.leadEmail();
			return new Generated(managerEmail, catalogue.courses().get(0).code(), staff.learners().size(),
					staff.managers().size(), learning.assignments(), learning.submittedAttempts(), candidates,
					reminders);
		}
	}

	/**
	 * What was generated.
	 *
	 * @param managerEmail the sign-in name of the first team's manager
	 * @param courseCode the first course assigned to learners off any path
	 * @param learners learners generated (hires not counted)
	 * @param managers managers of the teams, an existing lead included
	 * @param assignments course assignments
	 * @param submittedAttempts submitted quiz attempts
	 * @param candidates candidates
	 * @param reminders reminders recorded as sent
	 */
	public record Generated(String managerEmail, String courseCode, int learners, int managers, int assignments,
			int submittedAttempts, int candidates, int reminders) {
	}

}
