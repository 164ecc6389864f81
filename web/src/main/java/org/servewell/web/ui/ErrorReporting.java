package org.servewell.web.ui;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * The one place that turns an unexpected error into what a person sees (a plain message
 * and a reference) and what the log gets (the reference with the full detail). A database
 * that is down or too slow gets a message of its own: nothing was saved, and trying again
 * later is the fix.
 */
public final class ErrorReporting {

	private static final Logger log = LoggerFactory.getLogger(ErrorReporting.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom random = new SecureRandom();

	private ErrorReporting() {
	}

	/** Logs the error under a new reference and returns the message for the person. */
	public static String report(Throwable error) {
		if (causedBy(error, AccessDeniedException.class)) {
			log.warn("Access denied: {}", error.toString());
			return "You do not have permission to do that. If you think you should, ask your administrator.";
		}
		if (databaseUnavailable(error)) {
			String reference = reference();
			log.error("Database unavailable, reference {}", reference, error);
			return "The database is not answering just now, so nothing was saved. Please try again in a minute; "
					+ "if it keeps happening, tell your administrator the reference " + reference + ".";
		}
		String reference = reference();
		log.error("Unexpected error, reference {}", reference, error);
		return "Something went wrong on our side and nothing was changed. Please try again; if it keeps happening, "
				+ "tell your administrator the reference " + reference + ".";
	}

	/**
	 * Whether the error means the database could not be reached or did not answer in time
	 * (a stopped server, a dropped connection, an exhausted pool, a timeout), as opposed
	 * to a fault in Servewell: the person can simply try again later.
	 */
	public static boolean databaseUnavailable(Throwable error) {
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

	/** HikariCP's message for any call on a connection it has closed. */
	private static final String POOL_CLOSED_CONNECTION = "Connection is closed";

	static String reference() {
		StringBuilder reference = new StringBuilder(8);
		for (int i = 0; i < 8; i++) {
			reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return reference.toString();
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
