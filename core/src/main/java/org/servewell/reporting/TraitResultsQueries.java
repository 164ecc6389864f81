package org.servewell.reporting;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.servewell.reporting.ReportAudience.Audience;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sums of submitted scenario answers per department and service trait, grouped in the
 * database: one row per department and trait comes back, never an answer.
 * <p>
 * Points are an option's rating minus one (0 to 3), summed as whole numbers (MySQL would
 * round a division by three before summing); an unanswered item of a submitted attempt
 * adds 0 points and one answer, as it earns nothing in the learner's own trait results.
 */
@Repository
class TraitResultsQueries {

	private final JdbcClient jdbc;

	TraitResultsQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per department of the people in view (null for none) and trait, the points, answers
	 * and people of submitted attempts since the day given (null for all time).
	 */
	List<Sums> sums(Audience audience, LocalDate since) {
		Map<String, Object> parameters = new HashMap<>(audience.parameters());
		String period = "";
		if (since != null) {
			period = " and q.submitted_at >= :since";
			parameters.put("since", since.atStartOfDay());
		}
		return this.jdbc.sql("""
				select d.name as department, t.code as trait_code, sum(coalesce(o.rating - 1, 0)) as points,
				    count(*) as answers, count(distinct q.person_id) as people
				from quiz_attempt q
				join person p on p.id = q.person_id
				left join department d on d.id = p.department_id
				join attempt_item i on i.attempt_id = q.id
				join scenario_trait st on st.scenario_id = i.scenario_id
				join service_trait t on t.id = st.trait_id
				left join scenario_option o on o.id = i.chosen_option_id
				where %s and q.status = 'SUBMITTED'%s
				group by d.name, t.code
				""".formatted(audience.condition("p"), period))
			.params(parameters)
			.query((rs, row) -> new Sums(rs.getString("department"), rs.getString("trait_code"), rs.getLong("points"),
					rs.getLong("answers"), rs.getLong("people")))
			.list();
	}

	/**
	 * One department's answers on one trait.
	 */
	record Sums(String department, String traitCode, long points, long answers, long people) {
	}

}
