package org.servewell.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.servewell.hiring.AgreementReport;
import org.servewell.hiring.CandidateService;
import org.servewell.hiring.ScreeningReportService;
import org.servewell.learning.ItemAnalysisService;
import org.servewell.learning.VersionAnalysis;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo organisation as HR, a trainer and a manager find it on first run: every
 * assignment state, answers that item analysis and the agreement figures read, candidates
 * at every stage, hires with both interview ratings and quiz results, sent reminders; the
 * demo accounts as the journeys expect them; nothing added by a second start. Subclasses
 * choose the database.
 */
@SpringBootTest
@ActiveProfiles("demo")
abstract class DemoOrganisationTests {

	static final String DEMO_PEOPLE = "p.email like '%@demo.servewell.org' and p.email not in ('learner@demo.servewell.org',"
			+ " 'trainer@demo.servewell.org', 'trainer2@demo.servewell.org', 'hr@demo.servewell.org',"
			+ " 'manager@demo.servewell.org', 'admin@demo.servewell.org')";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoOrganisation demo;

	@Autowired
	ItemAnalysisService itemAnalysis;

	@Autowired
	ScreeningReportService screening;

	@Autowired
	CandidateService candidates;

	@Test
	void the_demo_has_forty_to_sixty_people_in_four_departments_with_the_demo_manager_leading_the_front_desk() {
		long people = count("select count(*) from person p where p.email like '%@demo.servewell.org'");
		assertThat(people).isBetween(40L, 60L);
		assertThat(count("select count(distinct department_id) from person p where " + DEMO_PEOPLE)).isEqualTo(4);
		assertThat(
				count("""
						select count(*) from person p join person m on m.id = p.manager_id join department d on d.id = p.department_id
						where m.email = 'manager@demo.servewell.org' and d.name = 'Front desk'"""))
			.isGreaterThan(5);
		assertThat(count("select count(*) from person p where " + DEMO_PEOPLE + " and p.start_date > ?",
				LocalDate.now().minusYears(1)))
			.isGreaterThan(people / 2);
	}

	@Test
	void the_demo_learner_stays_a_new_starter_with_no_attempts_and_the_accounts_keep_their_roles() {
		assertThat(count("""
				select count(*) from quiz_attempt a join person p on p.id = a.person_id
				where p.email = 'learner@demo.servewell.org'""")).isZero();
		assertThat(count("""
				select count(*) from lesson_read r join person p on p.id = r.person_id
				where p.email = 'learner@demo.servewell.org'""")).isZero();
		assertThat(this.jdbc.sql("""
				select r.role from person_role r join person p on p.id = r.person_id
				where p.email = 'hr@demo.servewell.org' order by r.role""").query(String.class).list())
			.containsExactly("HR", "LEARNER");
	}

	@Test
	void assignments_are_not_started_in_progress_complete_overdue_and_expired() {
		String generated = " from course_assignment ca join person p on p.id = ca.person_id where " + DEMO_PEOPLE;
		String complete = "exists (select 1 from completion c where c.person_id = ca.person_id and c.course_id = ca.course_id)";
		String touched = "exists (select 1 from lesson_read r join course_version v on v.id = r.course_version_id "
				+ "where r.person_id = ca.person_id and v.course_id = ca.course_id)";
		assertThat(count("select count(*)" + generated + " and not " + complete + " and not " + touched))
			.as("not started")
			.isGreaterThan(5);
		assertThat(count("select count(*)" + generated + " and not " + complete + " and " + touched)).as("in progress")
			.isGreaterThan(5);
		assertThat(count("select count(*)" + generated + " and " + complete)).as("complete").isGreaterThan(40);
		assertThat(
				count("select count(*)" + generated + " and not " + complete + " and ca.due_date < ?", LocalDate.now()))
			.as("overdue")
			.isGreaterThan(5);
		assertThat(count("select count(*) from completion c join person p on p.id = c.person_id where " + DEMO_PEOPLE
				+ " and c.expires_on < ?", LocalDate.now()))
			.as("expired")
			.isGreaterThan(2);
	}

	@Test
	void each_assignment_stands_where_its_reads_attempts_and_completions_put_it_as_learning_keeps_it() {
		String started = "case when exists (select 1 from quiz_attempt q where q.person_id = ca.person_id"
				+ " and q.course_id = ca.course_id) or exists (select 1 from lesson_read r join course_version v"
				+ " on v.id = r.course_version_id where r.person_id = ca.person_id and v.course_id = ca.course_id)"
				+ " then true else false end";
		String validUntil = "(select max(coalesce(c.expires_on, date '9999-12-31')) from completion c"
				+ " where c.person_id = ca.person_id and c.course_id = ca.course_id)";
		String generated = " from course_assignment ca join person p on p.id = ca.person_id where " + DEMO_PEOPLE;
		assertThat(count("select count(*)" + generated)).isGreaterThan(100);
		assertThat(count("select count(*)" + generated + " and (ca.started <> " + started
				+ " or coalesce(ca.valid_until, date '0001-01-01') <> coalesce(" + validUntil
				+ ", date '0001-01-01'))"))
			.as("assignments whose kept standing differs from their history")
			.isZero();
		assertThat(count("select count(*)" + generated + " and ca.valid_until <= ?", LocalDate.now())).as("expired")
			.isGreaterThan(2);
	}

	@Test
	void item_analysis_sees_the_submitted_attempts_of_every_course_on_the_front_line_path() {
		List<Map<String, Object>> courses = this.jdbc
			.sql("""
					select c.code, max(v.version_number) as version from course c join course_version v on v.course_id = c.id
					where c.code in ('first-time-every-time', 'dignity-for-everyone') group by c.code""")
			.query()
			.listOfRows();
		assertThat(courses).hasSize(2);
		for (Map<String, Object> course : courses) {
			VersionAnalysis analysis = SignedIn.as("trainer@demo.servewell.org", () -> this.itemAnalysis
				.analyse((String) course.get("code"), ((Number) course.get("version")).intValue()), Roles.TRAINER);
			assertThat(analysis.submittedAttempts()).isGreaterThan(10);
			assertThat(analysis.items()).anySatisfy((item) -> {
				assertThat(item.answered()).isGreaterThan(3);
				assertThat(item.facility()).isNotNull();
			});
		}
	}

	@Test
	void candidates_stand_at_every_stage_and_their_panels_disagree_enough_for_the_agreement_figures() {
		Map<String, Long> byStatus = this.jdbc.sql("select status, count(*) from candidate group by status")
			.query((row, i) -> Map.entry(row.getString(1), row.getLong(2)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(byStatus).containsOnlyKeys("NEW", "INTERVIEWING", "DECIDED");
		assertThat(byStatus.values()).allSatisfy((n) -> assertThat(n).isBetween(6L, 20L));
		assertThat(this.jdbc.sql("select distinct decision from candidate_decision order by decision")
			.query(String.class)
			.list()).containsExactly("HIRE", "HOLD", "REJECT");
		assertThat(count("""
				select count(*) from candidate c where
				exists (select 1 from interview i join scorecard s on s.interview_id = i.id
				    where i.candidate_id = c.id and s.recommendation = 'STRONG_YES')
				and exists (select 1 from interview i join scorecard s on s.interview_id = i.id
				    where i.candidate_id = c.id and s.recommendation in ('NO', 'STRONG_NO'))""")).isPositive();
		AgreementReport report = SignedIn.as("hr@demo.servewell.org", () -> this.screening.agreement(), Roles.HR)
			.report();
		assertThat(report.headline()).isIn(AgreementReport.Headline.MOST_DISPUTED_TRAIT,
				AgreementReport.Headline.ONE_TRAIT_READ);
	}

	@Test
	void hr_lists_every_candidate_and_each_interview_has_its_first_scorecard_as_assignment_makes_it() {
		assertThat(count("""
				select count(*) from interview i
				where not exists (select 1 from scorecard s where s.interview_id = i.id and s.revision = 0)"""))
			.isZero();
		assertThat(SignedIn.as("hr@demo.servewell.org", () -> this.candidates.listCandidates(null, null), Roles.HR))
			.hasSize((int) count("select count(*) from candidate"));
	}

	@Test
	void hires_have_panel_ratings_and_submitted_quiz_answers_on_the_same_traits() {
		List<Long> hires = this.jdbc.sql("select hired_person_id from candidate where hired_person_id is not null")
			.query(Long.class)
			.list();
		assertThat(hires).hasSizeGreaterThanOrEqualTo(3);
		for (long hire : hires) {
			assertThat(
					count("""
							select count(distinct sr.trait_code) from candidate c join interview i on i.candidate_id = c.id
							join scorecard s on s.interview_id = i.id join scorecard_rating sr on sr.scorecard_id = s.id
							where c.hired_person_id = ? and s.submitted_at is not null
							and sr.trait_code in (select t.code from attempt_item ai join quiz_attempt a on a.id = ai.attempt_id
							    join scenario_trait st on st.scenario_id = ai.scenario_id join service_trait t on t.id = st.trait_id
							    where a.person_id = c.hired_person_id and a.status = 'SUBMITTED' and ai.chosen_option_id is not null)""",
							hire))
				.isGreaterThanOrEqualTo(2);
		}
	}

	@Test
	void reminders_have_been_sent_to_learners_and_a_digest_to_managers() {
		assertThat(this.jdbc.sql("select distinct kind from notification where status = 'SENT' order by kind")
			.query(String.class)
			.list()).contains("OVERDUE", "TEAM_DIGEST", "DUE_TODAY");
	}

	@Test
	void a_second_start_adds_nothing() throws Exception {
		String everything = "select (select count(*) from person) + (select count(*) from course_assignment)"
				+ " + (select count(*) from quiz_attempt) + (select count(*) from candidate)"
				+ " + (select count(*) from notification)";
		long before = count(everything);
		this.demo.run(null);
		assertThat(count(everything)).isEqualTo(before);
	}

	long count(String sql, Object... parameters) {
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		for (Object parameter : parameters) {
			statement = statement.param(parameter);
		}
		return statement.query(Long.class).single();
	}

}
