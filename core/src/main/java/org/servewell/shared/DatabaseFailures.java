package org.servewell.shared;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Core's reading of a persistence failure for the callers above it, so that they never
 * need the persistence types themselves. Such a failure can arise before a service's own
 * code runs (opening the transaction), so core cannot always turn it into a refusal; it
 * says instead what the failure means.
 */
public final class DatabaseFailures {

	/** HikariCP's message for any call on a connection it has closed. */
	private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

	private DatabaseFailures() {
	}

	/**
	 * Whether the error means the database could not be reached or did not answer in time
	 * (a stopped server, a dropped connection, an exhausted pool, a timeout), as opposed
	 * to a fault in Servewell: the person can simply try again later.
	 */
	public static boolean unavailable(Throwable error) {
		return causedBy(error, CannotCreateTransactionException.class)
				|| causedBy(error, TransactionTimedOutException.class)
				|| causedBy(error, DataAccessResourceFailureException.class)
				|| causedBy(error, TransientDataAccessException.class)
				|| causedBy(error, RecoverableDataAccessException.class) || causedBy(error, SQLTransientException.class)
				|| causedBy(error, SQLRecoverableException.class)
				|| causedBy(error, SQLNonTransientConnectionException.class) || connectionLost(error);
	}

	/**
	 * A connection that dropped mid-transaction: the rollback then fails too, and its
	 * error is the one that arrives: SQLState class 08 (connection exception) from a
	 * driver, or the pool's "Connection is closed" (HikariCP evicts the broken connection
	 * and answers the rollback with that message and no SQLState).
	 */
	private static boolean connectionLost(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
					|| POOL_CLOSED_CONNECTION.equals(sql.getMessage()))) {
				return true;
			}
		}
		return false;
	}

	private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
