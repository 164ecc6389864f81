package org.servewell.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Which persistence failures mean "the database is not answering, try again later", read
 * in core so that web never handles persistence types (moved here from web's
 * ErrorReporting, whose test still checks the message a person then sees).
 */
class DatabaseFailuresTest {

	@Test
	void pool_that_cannot_hand_out_a_connection_means_the_database_is_unavailable() {
		assertThat(DatabaseFailures.unavailable(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"))))
			.isTrue();
	}

	@Test
	void query_that_timed_out_means_the_database_is_unavailable() {
		assertThat(DatabaseFailures.unavailable(new QueryTimeoutException("Statement cancelled"))).isTrue();
	}

	@Test
	void connection_dropped_mid_save_means_the_database_is_unavailable() {
		assertThat(DatabaseFailures
			.unavailable(new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
					new SQLException("No operations allowed after connection closed.", "08003")))))
			.isTrue();
	}

	@Test
	void rollback_on_a_connection_the_pool_closed_means_the_database_is_unavailable() throws SQLException {
		SQLException closed;
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl("jdbc:h2:mem:database-failures-closed-connection");
			Connection connection = pool.getConnection();
			connection.close();
			closed = catchThrowableOfType(SQLException.class, connection::rollback);
		}

		assertThat(DatabaseFailures.unavailable(
				new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection", closed))))
			.isTrue();
	}

	@Test
	void broken_constraint_or_fault_in_servewell_is_not_the_database_being_unavailable() {
		assertThat(DatabaseFailures.unavailable(new DataIntegrityViolationException("duplicate key",
				new SQLIntegrityConstraintViolationException("Duplicate entry", "23000"))))
			.isFalse();
		assertThat(DatabaseFailures.unavailable(new IllegalStateException("no such state"))).isFalse();
	}

}
