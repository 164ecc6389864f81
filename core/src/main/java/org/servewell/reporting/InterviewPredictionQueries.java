package org.servewell.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads hiring's scorecards and learning's quiz answers for the hires, to set what the
 * interviewers said about a hire beside how the hire then did. Erased candidates are left
 * out, as everywhere in reports.
 * <p>
 * A scorecard counts in its newest submitted revision, as on the candidate's page; drafts
 * never count. A quiz result is learning's trait result: over the hire's submitted
 * attempts, every drawn scenario that exercises the trait, an unanswered one earning
 * nothing, summed in points (an option's rating minus one) so that the sums are whole
 * numbers on every database.
 */
@Repository
class InterviewPredictionQueries {

	private static final String HIRES = """
			from candidate c
			where c.hired_person_id is not null and c.erased_at is null
			""";

	private final JdbcClient jdbc;

	InterviewPredictionQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The positions with at least one hire, by name. */
	List<String> positions() {
		return this.jdbc.sql("select distinct c.position " + HIRES + " order by c.position").query(String.class).list();
	}

	/**
	 * Every rating an interviewer gave a hire on a trait, in the newest submitted
	 * revision of their scorecard.
	 * @param position only hires for this position, or null for all
	 */
	List<InterviewRating> ratings(String position) {
		return this.jdbc.sql("""
				select c.hired_person_id as person_id, i.interviewer_id as interviewer_id,
				       p.display_name as interviewer_name, r.trait_code as trait_code, r.rating as rating
				from candidate c
				join interview i on i.candidate_id = c.id
				join person p on p.id = i.interviewer_id
				join scorecard s on s.interview_id = i.id
				join scorecard_rating r on r.scorecard_id = s.id
				where c.hired_person_id is not null and c.erased_at is null and r.rating is not null
				  and s.revision = (select max(s2.revision) from scorecard s2
				                    where s2.interview_id = i.id and s2.submitted_at is not null)
				""" + positionCondition(position))
			.params(positionParameter(position))
			.query((rs, row) -> new InterviewRating(rs.getLong("person_id"), rs.getLong("interviewer_id"),
					rs.getString("interviewer_name"), rs.getString("trait_code"), rs.getInt("rating")))
			.list();
	}

	/**
	 * Per hire and trait, the points they earned on the scenarios of their submitted
	 * attempts that exercise the trait, and how many such scenarios were drawn.
	 * @param position only hires for this position, or null for all
	 */
	List<QuizPoints> quizPoints(String position) {
		return this.jdbc.sql("""
				select a.person_id as person_id, t.code as trait_code,
				       sum(coalesce(o.rating - 1, 0)) as points, count(*) as items
				from quiz_attempt a
				join attempt_item ai on ai.attempt_id = a.id
				join scenario_trait st on st.scenario_id = ai.scenario_id
				join service_trait t on t.id = st.trait_id
				left join scenario_option o on o.id = ai.chosen_option_id
				where a.status = 'SUBMITTED' and a.person_id in (select c.hired_person_id
				""" + HIRES + positionCondition(position) + """
				)
				group by a.person_id, t.code
				""")
			.params(positionParameter(position))
			.query((rs, row) -> new QuizPoints(rs.getLong("person_id"), rs.getString("trait_code"),
					rs.getLong("points"), rs.getLong("items")))
			.list();
	}

	/** The traits' names by code, in the trait model's order. */
	Map<String, String> traitNames() {
		Map<String, String> names = new LinkedHashMap<>();
		this.jdbc.sql("select code, name from service_trait order by display_order, code").query((rs) -> {
			names.put(rs.getString("code"), rs.getString("name"));
		});
		return names;
	}

	private static String positionCondition(String position) {
		return (position != null) ? " and c.position = :position\n" : "";
	}

	private static Map<String, Object> positionParameter(String position) {
		return (position != null) ? Map.of("position", position) : Map.of();
	}

	/**
	 * One interviewer's rating of a hire on one trait, 1 to 5.
	 */
	record InterviewRating(long personId, long interviewerId, String interviewerName, String traitCode, int rating) {
	}

	/**
	 * A hire's quiz points on one trait's scenarios.
	 *
	 * @param points the sum of the chosen options' ratings minus one
	 * @param items how many of the trait's scenarios were drawn in submitted attempts
	 */
	record QuizPoints(long personId, String traitCode, long points, long items) {
	}

}
