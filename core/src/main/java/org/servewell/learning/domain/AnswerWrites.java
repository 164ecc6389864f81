package org.servewell.learning.domain;

import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * The quiz's hottest path, saving an answer, in plain JDBC on the caller's transaction's
 * connection. Through JPA the same statements cost several times the CPU (query creation
 * and translation on every call; bench/README.md), and this path runs once for every
 * click of every learner.
 *
 * <p>
 * On MySQL and MariaDB the save is one multi-table {@code UPDATE}: it stores the choice
 * and records the save time on the attempt, which takes the attempt row's lock as the
 * separate lock statement does, so that a submission still waits for the answer (and the
 * answer for a submission). H2 has no {@code UPDATE ... JOIN}, so everywhere else the
 * save is two statements: lock the attempt in progress, then store the choice. The path
 * is chosen once, from the database's product name, when the application starts.
 *
 * <p>
 * Times are written as UTC wall-clock values, as Hibernate writes them with
 * {@code hibernate.jdbc.time_zone=UTC}.
 */
@Repository
public class AnswerWrites {

	private static final String SAVE_IN_ONE = """
			update attempt_item ai
			join quiz_attempt qa on qa.id = ai.attempt_id
			join scenario_option o on o.id = ? and o.scenario_id = ai.scenario_id
			set ai.chosen_option_id = ?, ai.answered_at = ?, qa.last_saved_at = ?
			where ai.id = ? and qa.id = ? and qa.person_id = ? and qa.status = 'IN_PROGRESS'""";

	private static final String LOCK_IN_PROGRESS = """
			update quiz_attempt set last_saved_at = ?
			where id = ? and person_id = ? and status = 'IN_PROGRESS'""";

	private static final String CHOOSE = """
			update attempt_item set chosen_option_id = ?, answered_at = ?
			where id = ? and attempt_id = ?
			and exists (select 1 from scenario_option o where o.id = ? and o.scenario_id = attempt_item.scenario_id)""";

	private final JdbcTemplate jdbc;

	private final boolean oneStatement;

	AnswerWrites(JdbcTemplate jdbc) throws MetaDataAccessException {
		this.jdbc = jdbc;
		this.oneStatement = supportsUpdateJoin(
				JdbcUtils.extractDatabaseMetaData(jdbc.getDataSource(), DatabaseMetaData::getDatabaseProductName));
	}

	/**
	 * Whether the database takes a multi-table {@code UPDATE} with joins. MySQL's driver
	 * names MariaDB "MySQL" too; MariaDB's own driver says "MariaDB".
	 */
	static boolean supportsUpdateJoin(String databaseProductName) {
		String name = databaseProductName.toLowerCase(Locale.ROOT);
		return name.contains("mysql") || name.contains("mariadb");
	}

	/**
	 * Stores a choice in the learner's attempt in progress and locks the attempt until
	 * the transaction ends, checking that the item is in the attempt and the option is
	 * one of the item's scenario's.
	 * @return {@code true} when stored; {@code false} when the attempt is not theirs,
	 * does not exist or was submitted, the item is not in it, or the option is not one of
	 * its scenario's (then the caller rolls back: the two-statement path may have
	 * recorded the save time)
	 */
	public boolean save(long attemptId, long personId, long itemId, long optionId, Instant now) {
		LocalDateTime at = utc(now);
		if (this.oneStatement) {
			// Matched rows are counted per table: 2 when stored, 0 when refused.
			return this.jdbc.update(SAVE_IN_ONE, optionId, optionId, at, at, itemId, attemptId, personId) > 0;
		}
		if (this.jdbc.update(LOCK_IN_PROGRESS, at, attemptId, personId) == 0) {
			return false;
		}
		return this.jdbc.update(CHOOSE, optionId, at, itemId, attemptId, optionId) > 0;
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
