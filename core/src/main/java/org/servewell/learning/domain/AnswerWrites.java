package org.servewell.learning.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The two statements of the quiz's hottest path, saving an answer, in plain JDBC on the
 * caller's transaction's connection. Through JPA the same statements cost several times
 * the CPU (query creation and translation on every call; bench/README.md), and this path
 * runs once for every click of every learner.
 *
 * <p>
 * Times are written as UTC wall-clock values, as Hibernate writes them with
 * {@code hibernate.jdbc.time_zone=UTC}.
 */
@Repository
public class AnswerWrites {

	private static final String LOCK_IN_PROGRESS = """
			update quiz_attempt set last_saved_at = ?
			where id = ? and person_id = ? and status = 'IN_PROGRESS'""";

	private static final String CHOOSE = """
			update attempt_item set chosen_option_id = ?, answered_at = ?
			where id = ? and attempt_id = ?
			and exists (select 1 from scenario_option o where o.id = ? and o.scenario_id = attempt_item.scenario_id)""";

	private final JdbcTemplate jdbc;

	AnswerWrites(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the learner's attempt in progress until the transaction ends, so that a
	 * submission waits for the answer (and the answer for a submission).
	 * @return 1 when locked, 0 when the attempt is not theirs, does not exist, or was
	 * submitted
	 */
	public int lockInProgress(long attemptId, long personId, Instant now) {
		return this.jdbc.update(LOCK_IN_PROGRESS, utc(now), attemptId, personId);
	}

	/**
	 * Stores a choice, checking in the same statement that the option is one of the
	 * item's scenario's.
	 * @return 1 when stored, 0 when the item is not in this attempt or the option is not
	 * one of its scenario's
	 */
	public int choose(long attemptId, long itemId, long optionId, Instant now) {
		return this.jdbc.update(CHOOSE, optionId, utc(now), itemId, attemptId, optionId);
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
