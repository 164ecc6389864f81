package org.servewell.people.access;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.servewell.people.PersonAccessChanged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes each access change to {@code person_access_change} in the transaction that makes
 * it: the changes a transaction publishes are collected and inserted as one batch just
 * before it commits, so the rows commit with the change or not at all, and an employee
 * import that disables a thousand people writes them in one round trip (a multi-row
 * insert on MySQL). A change published outside a transaction is written at once in a
 * transaction of its own.
 */
@Component
class AccessChangeLog {

	private static final String INSERT = "insert into person_access_change (person_id, previous_email, changed_at) "
			+ "values (?, ?, ?)";

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AccessChangeLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@EventListener
	void on(PersonAccessChanged change) {
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.isActualTransactionActive()) {
			batch().changes.add(change);
		}
		else {
			this.transaction.executeWithoutResult((status) -> write(List.of(change)));
		}
	}

	/**
	 * The current transaction's batch. Found among its synchronizations, which Spring
	 * suspends with the transaction, so a change made in an inner transaction of its own
	 * is written when that one commits.
	 */
	private Batch batch() {
		for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
			if (synchronization instanceof Batch batch && batch.log() == this) {
				return batch;
			}
		}
		Batch batch = new Batch();
		TransactionSynchronizationManager.registerSynchronization(batch);
		return batch;
	}

	private void write(List<PersonAccessChanged> changes) {
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.jdbc.batchUpdate(INSERT, changes, BATCH, (statement, change) -> {
			statement.setLong(1, change.personId());
			statement.setString(2, change.previousEmail());
			statement.setObject(3, now);
		});
	}

	/** The access changes one transaction made, written just before it commits. */
	private final class Batch implements TransactionSynchronization {

		private final List<PersonAccessChanged> changes = new ArrayList<>();

		AccessChangeLog log() {
			return AccessChangeLog.this;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			write(this.changes);
		}

	}

}
