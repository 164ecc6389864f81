package org.servewell.people.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code person_access_change} small: every instance reads a change within seconds
 * of its commit, so a row older than {@link #KEEP} has done its work.
 */
@Component
class AccessChangeCleanup {

	/** How long a change is kept: far beyond any poll, even one held up by a gap. */
	static final Duration KEEP = Duration.ofDays(1);

	/** The name of the lock one instance at a time deletes old changes under. */
	static final String LOCK = "access-change-cleanup";

	private static final Logger logger = LoggerFactory.getLogger(AccessChangeCleanup.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AccessChangeCleanup(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Runs as {@code servewell.sessions.access-cleanup-cron} says, nightly by default, on
	 * one instance; one delete by an indexed column, so the lock is held at most 10
	 * minutes.
	 */
	@Scheduled(cron = "${servewell.sessions.access-cleanup-cron:0 50 3 * * *}")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
	void deleteOld() {
		deleteOld(this.clock.instant());
	}

	/**
	 * Deletes the changes made more than {@link #KEEP} before {@code now}.
	 * @return how many were deleted
	 */
	int deleteOld(Instant now) {
		LocalDateTime before = LocalDateTime.ofInstant(now.minus(KEEP), ZoneOffset.UTC);
		Integer deleted = this.transaction
			.execute((status) -> this.jdbc.update("delete from person_access_change where changed_at < ?", before));
		logger.info("Deleted {} access changes older than {}", deleted, KEEP);
		return (deleted != null) ? deleted : 0;
	}

}
