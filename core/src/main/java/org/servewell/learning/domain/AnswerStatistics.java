package org.servewell.learning.domain;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sums over the stored answers of a course version's submitted attempts, for item
 * analysis. Every figure is aggregated in the database: no attempt or answer is loaded
 * into memory, only one row per scenario or per option.
 * <p>
 * Answers are counted in points, an option's rating minus one (0 to 3), so that the sums
 * are whole numbers on every database: MySQL would round a division by three to four
 * decimals before summing. Credit is points divided by three.
 */
@Repository
public class AnswerStatistics {

	// The attempt's points over its answered items; an unanswered item adds nothing, as
	// it
	// earns nothing in the score.
	private static final String ATTEMPT_POINTS = """
			select ti.attempt_id as attempt_id, sum(tos.rating - 1) as points
			from quiz_attempt ta
			join attempt_item ti on ti.attempt_id = ta.id
			join scenario_option tos on tos.id = ti.chosen_option_id
			where ta.course_version_id = :versionId and ta.status = :submitted
			group by ti.attempt_id
			""";

	private final JdbcClient jdbc;

	AnswerStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** How many attempts at the version were submitted. */
	public int submittedAttempts(long versionId) {
		return this.jdbc
			.sql("select count(*) from quiz_attempt where course_version_id = :versionId and status = :submitted")
			.param("versionId", versionId)
			.param("submitted", AttemptStatus.SUBMITTED.name())
			.query(Integer.class)
			.single();
	}

	/**
	 * Per scenario answered at least once in a submitted attempt: its answers' points x
	 * and the points y the same attempts scored on their other items, summed as needed
	 * for a mean, a variance and a correlation.
	 */
	public List<ScenarioSums> scenarioSums(long versionId) {
		return this.jdbc.sql("""
				select scored.scenario_id as scenario_id, count(*) as answered,
				       sum(scored.x) as sum_x, sum(scored.x * scored.x) as sum_xx,
				       sum(scored.y) as sum_y, sum(scored.y * scored.y) as sum_yy,
				       sum(scored.x * scored.y) as sum_xy
				from (
				    select i.scenario_id as scenario_id, o.rating - 1 as x, total.points - (o.rating - 1) as y
				    from attempt_item i
				    join scenario_option o on o.id = i.chosen_option_id
				    join (%s) total on total.attempt_id = i.attempt_id
				) scored
				group by scored.scenario_id
				""".formatted(ATTEMPT_POINTS))
			.param("versionId", versionId)
			.param("submitted", AttemptStatus.SUBMITTED.name())
			.query((rs, row) -> new ScenarioSums(rs.getLong("scenario_id"), rs.getLong("answered"), rs.getLong("sum_x"),
					rs.getLong("sum_xx"), rs.getLong("sum_y"), rs.getLong("sum_yy"), rs.getLong("sum_xy")))
			.list();
	}

	/**
	 * How often each option was chosen in submitted attempts; options never chosen are
	 * left out.
	 */
	public List<OptionCount> optionCounts(long versionId) {
		return this.jdbc.sql("""
				select i.scenario_id as scenario_id, i.chosen_option_id as option_id, count(*) as picked
				from quiz_attempt a
				join attempt_item i on i.attempt_id = a.id
				where a.course_version_id = :versionId and a.status = :submitted and i.chosen_option_id is not null
				group by i.scenario_id, i.chosen_option_id
				""")
			.param("versionId", versionId)
			.param("submitted", AttemptStatus.SUBMITTED.name())
			.query((rs, row) -> new OptionCount(rs.getLong("scenario_id"), rs.getLong("option_id"),
					rs.getLong("picked")))
			.list();
	}

	/**
	 * One scenario's answers in submitted attempts, in points (rating minus one).
	 *
	 * @param scenarioId the scenario
	 * @param answered n, the answers it got
	 * @param sumX Σx, x being an answer's points
	 * @param sumXX Σx²
	 * @param sumY Σy, y being the points the same attempt scored on its other items
	 * @param sumYY Σy²
	 * @param sumXY Σxy
	 */
	public record ScenarioSums(long scenarioId, long answered, long sumX, long sumXX, long sumY, long sumYY,
			long sumXY) {
	}

	/**
	 * @param scenarioId the scenario
	 * @param optionId the option chosen
	 * @param picked how many submitted answers chose it
	 */
	public record OptionCount(long scenarioId, long optionId, long picked) {
	}

}
