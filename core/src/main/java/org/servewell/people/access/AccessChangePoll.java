package org.servewell.people.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.people.PersonAccessChangeCommitted;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the access changes committed since it last looked, on every instance, and
 * publishes a {@link PersonAccessChangeCommitted} for each, in the order of their ids.
 * <p>
 * Deliberately without a {@code @SchedulerLock}: each instance holds its own sessions and
 * must hear every change itself, so one instance running the poll for all would leave the
 * others' sessions open.
 * <p>
 * Ids are handed out when a row is inserted but become visible when its transaction
 * commits, so a row may appear after a higher one: when the next id is missing while a
 * higher one is there, the poll stops behind the gap and waits for it, for up to
 * {@link #GAP_WAIT}; after that it takes the gap for an id that will never commit (a
 * transaction that rolled back after its insert) and goes on.
 */
@Component
class AccessChangePoll {

	/** How long a missing id holds up the changes after it. */
	static final Duration GAP_WAIT = Duration.ofMinutes(1);

	private static final Logger logger = LoggerFactory.getLogger(AccessChangePoll.class);

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The id of the last change published, or null before the first poll. */
	private Long lastSeen;

	/** The gap being waited for: the first id seen beyond it, and since when. */
	private long gapEnd;

	private Instant gapSince;

	AccessChangePoll(JdbcTemplate jdbc, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setReadOnly(true);
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Runs every {@code servewell.sessions.access-poll} (3 s by default) after the last
	 * run ended: a disabled person is out on every instance within about that time.
	 */
	@Scheduled(fixedDelayString = "${servewell.sessions.access-poll:3s}")
	void poll() {
		poll(this.clock.instant());
	}

	/**
	 * Publishes the changes committed since the last poll, stopping behind a gap younger
	 * than {@link #GAP_WAIT}. The first poll only notes where the changes stand: those
	 * made before this instance started concern sessions it never had.
	 * @return how many changes were published
	 */
	synchronized int poll(Instant now) {
		if (this.lastSeen == null) {
			this.lastSeen = read("select coalesce(max(id), 0) from person_access_change", Long.class);
			return 0;
		}
		List<Change> changes = read(this.lastSeen);
		int published = 0;
		for (Change change : changes) {
			long missing = this.lastSeen + 1;
			if (change.id() > missing && !gapWaitedOut(missing, change.id(), now)) {
				return published;
			}
			this.lastSeen = change.id();
			this.events.publishEvent(new PersonAccessChangeCommitted(change.personId(), change.previousEmail()));
			published++;
		}
		return published;
	}

	/**
	 * Whether the gap from {@code missing} up to {@code next} has been waited for long
	 * enough. Timed from when its first part was seen, so a gap that fills up id by id is
	 * waited for once.
	 */
	private boolean gapWaitedOut(long missing, long next, Instant now) {
		if (this.gapSince == null || missing >= this.gapEnd) {
			this.gapEnd = next;
			this.gapSince = now;
			return false;
		}
		if (now.isBefore(this.gapSince.plus(GAP_WAIT))) {
			return false;
		}
		logger.warn("Access change ids {} to {} (inclusive) were not committed within {}; going on without them",
				missing, next - 1, GAP_WAIT);
		this.gapSince = null;
		return true;
	}

	private List<Change> read(long after) {
		List<Change> changes = this.transaction
			.execute((status) -> this.jdbc.query(
					"select id, person_id, previous_email from person_access_change where id > ? order by id limit "
							+ BATCH,
					(row, number) -> new Change(row.getLong(1), row.getLong(2), row.getString(3)), after));
		return (changes != null) ? changes : List.of();
	}

	private <T> T read(String sql, Class<T> type) {
		return this.transaction.execute((status) -> this.jdbc.queryForObject(sql, type));
	}

	/** One row of {@code person_access_change}. */
	private record Change(long id, long personId, String previousEmail) {
	}

}
