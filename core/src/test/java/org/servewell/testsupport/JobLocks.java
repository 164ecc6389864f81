package org.servewell.testsupport;

import java.time.LocalDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads and sets the rows of the scheduled jobs' lock table ({@code shedlock}) as another
 * instance of Servewell would, for tests of work that must run on one instance at a time.
 */
public final class JobLocks {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	public JobLocks(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** How many rows the lock has: 1 once any instance has taken it. */
	public int rows(String name) {
		Integer rows = this.jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class, name);
		return (rows != null) ? rows : 0;
	}

	/** Holds the lock, as another instance running the job would; its row must exist. */
	public void holdAsAnotherInstance(String name) {
		set(name, LocalDateTime.of(2999, 1, 1, 0, 0), "another-instance");
	}

	/** Releases the lock, as the other instance would when done. */
	public void release(String name) {
		set(name, LocalDateTime.of(2000, 1, 1, 0, 0), "nobody");
	}

	private void set(String name, LocalDateTime until, String holder) {
		this.transaction.executeWithoutResult((status) -> this.jdbc
			.update("update shedlock set lock_until = ?, locked_by = ? where name = ?", until, holder, name));
	}

}
