package org.servewell.people.access;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servewell.people.PersonAccessChangeCommitted;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The poll as one instance runs it, on an embedded database of its own with the
 * application's migrations, while other "instances" commit access changes over
 * connections of their own, in and out of id order.
 */
class AccessChangePollTest {

	private static final Instant START = Instant.parse("2026-12-03T05:00:00Z");

	private static final String INSERT = "insert into person_access_change (person_id, previous_email, changed_at) "
			+ "values (?, ?, ?)";

	private final List<Object> published = new ArrayList<>();

	private DriverManagerDataSource database;

	private JdbcTemplate jdbc;

	private final List<Connection> openTransactions = new ArrayList<>();

	@BeforeEach
	void migrate() {
		this.database = new DriverManagerDataSource(
				"jdbc:h2:mem:access-poll-" + UUID.randomUUID()
						+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
				"sa", "");
		Flyway.configure().dataSource(this.database).load().migrate();
		this.jdbc = new JdbcTemplate(this.database);
	}

	@AfterEach
	void closeTransactions() throws SQLException {
		for (Connection connection : this.openTransactions) {
			connection.close();
		}
		this.jdbc.execute("shutdown");
	}

	@Test
	void instance_starting_after_changes_were_made_passes_on_only_the_changes_made_after_its_start() {
		commitChange(1, "before-start@example.org");
		commitChange(2, "also-before@example.org");
		AccessChangePoll poll = startedPoll();

		commitChange(3, "after-start@example.org");

		assertThat(poll.poll(START.plusSeconds(3))).isOne();
		assertThat(this.published).containsExactly(new PersonAccessChangeCommitted(3, "after-start@example.org"));
	}

	@Test
	void changes_are_passed_on_once_each_in_the_order_they_were_made() {
		AccessChangePoll poll = startedPoll();
		commitChange(1, "first@example.org");
		commitChange(2, "second@example.org");
		commitChange(1, "first-again@example.org");

		poll.poll(START.plusSeconds(3));
		poll.poll(START.plusSeconds(6));

		assertThat(this.published).containsExactly(new PersonAccessChangeCommitted(1, "first@example.org"),
				new PersonAccessChangeCommitted(2, "second@example.org"),
				new PersonAccessChangeCommitted(1, "first-again@example.org"));
	}

	@Test
	void change_committed_before_an_earlier_one_waits_for_it_and_both_are_passed_on_in_order() throws SQLException {
		AccessChangePoll poll = startedPoll();
		commitChange(1, "before-the-gap@example.org");
		Connection slow = beginChange(2, "slow-commit@example.org");
		commitChange(3, "fast-commit@example.org");

		assertThat(poll.poll(START.plusSeconds(3))).as("stops behind the missing id").isOne();
		assertThat(poll.poll(START.plusSeconds(30))).as("still waiting").isZero();
		slow.commit();
		poll.poll(START.plusSeconds(33));

		assertThat(this.published).containsExactly(new PersonAccessChangeCommitted(1, "before-the-gap@example.org"),
				new PersonAccessChangeCommitted(2, "slow-commit@example.org"),
				new PersonAccessChangeCommitted(3, "fast-commit@example.org"));
	}

	@Test
	void id_of_a_change_that_never_commits_holds_the_later_ones_up_for_a_minute_at_most() throws SQLException {
		AccessChangePoll poll = startedPoll();
		Connection rolledBack = beginChange(1, "rolled-back@example.org");
		commitChange(2, "after-the-gap@example.org");
		poll.poll(START.plusSeconds(3));
		rolledBack.rollback();

		assertThat(poll.poll(START.plusSeconds(3).plus(AccessChangePoll.GAP_WAIT).minusMillis(1))).isZero();
		assertThat(poll.poll(START.plusSeconds(3).plus(AccessChangePoll.GAP_WAIT))).isOne();
		assertThat(this.published).containsExactly(new PersonAccessChangeCommitted(2, "after-the-gap@example.org"));
	}

	@Test
	void gap_that_fills_id_by_id_is_waited_for_a_minute_in_all() throws SQLException {
		AccessChangePoll poll = startedPoll();
		Connection filledLater = beginChange(1, "filled-later@example.org");
		Connection neverFilled = beginChange(2, "never-filled@example.org");
		commitChange(3, "after-the-gap@example.org");
		poll.poll(START);
		filledLater.commit();
		poll.poll(START.plusSeconds(40));
		neverFilled.rollback();

		assertThat(poll.poll(START.plusSeconds(59))).isZero();
		assertThat(poll.poll(START.plus(AccessChangePoll.GAP_WAIT))).isOne();
		assertThat(this.published).containsExactly(new PersonAccessChangeCommitted(1, "filled-later@example.org"),
				new PersonAccessChangeCommitted(3, "after-the-gap@example.org"));
	}

	/**
	 * A poll as an instance starting at {@link #START} has: its first run notes where to
	 * start.
	 */
	private AccessChangePoll startedPoll() {
		AccessChangePoll poll = new AccessChangePoll(this.jdbc, new DataSourceTransactionManager(this.database),
				this.published::add, Clock.systemUTC());
		assertThat(poll.poll(START)).isZero();
		return poll;
	}

	private void commitChange(long personId, String email) {
		this.jdbc.update(INSERT, personId, email, LocalDateTime.ofInstant(START, ZoneOffset.UTC));
	}

	/** A change another instance has inserted (its id taken) but not yet committed. */
	private Connection beginChange(long personId, String email) throws SQLException {
		Connection connection = this.database.getConnection();
		this.openTransactions.add(connection);
		connection.setAutoCommit(false);
		try (var insert = connection.prepareStatement(INSERT)) {
			insert.setLong(1, personId);
			insert.setString(2, email);
			insert.setObject(3, LocalDateTime.ofInstant(START, ZoneOffset.UTC));
			insert.executeUpdate();
		}
		return connection;
	}

}
