package org.servewell.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.servewell.hiring.CandidateService;
import org.servewell.hiring.Decision;
import org.servewell.hiring.HiringDecisionService;
import org.servewell.hiring.InterviewService;
import org.servewell.hiring.PanelService;
import org.servewell.hiring.Recommendation;
import org.servewell.hiring.ScorecardForm;
import org.servewell.people.PeopleService;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestHiring;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Candidates, interviews, scorecards and hires made through hiring's services, as HR and
 * interviewers make them; then, in SQL, the dates a test needs and the hires' submitted
 * quiz answers on chosen scenarios (a real attempt draws its scenarios at random).
 */
final class HiringReportFixture extends TestHiring {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	HiringReportFixture(PeopleService people, CandidateService candidates, PanelService panels,
			InterviewService interviews, HiringDecisionService hiring, JdbcClient jdbc,
			PlatformTransactionManager transactions) {
		super(people, candidates, panels, interviews, hiring);
		this.jdbc = jdbc;
		// Connections do not auto-commit: the fixture's writes commit in a transaction.
		this.transaction = new TransactionTemplate(transactions);
	}

	/** A new candidate for {@code position}; returns their id. */
	long candidate(String hr, String position) {
		return candidate(hr, "Sam Applicant", null, position).id();
	}

	/** Assigns the interviewer with the front-line kit; returns the interview's id. */
	long assign(String hr, long candidateId, String interviewer) {
		return assign(hr, candidateId, interviewer, KIT);
	}

	/**
	 * The interviewer submits a scorecard rating respect as given and every other trait
	 * 3.
	 */
	void interview(String hr, long candidateId, String interviewer, int respect) {
		long interview = assign(hr, candidateId, interviewer);
		List<ScorecardForm.Entry> entries = KIT_TRAITS.stream()
			.map((trait) -> new ScorecardForm.Entry(trait, trait.equals("respect") ? respect : 3,
					"Seen in the role play"))
			.toList();
		SignedIn.run(interviewer,
				() -> this.interviews.submit(interview, new ScorecardForm(entries, Recommendation.YES, "Overall")),
				Roles.LEARNER);
	}

	/** Hires the candidate; returns the new employee's person id. */
	long hire(String hr, long candidateId) {
		return hire(hr, candidateId, "New Colleague", "hire", LocalDate.of(2026, 11, 2)).personId();
	}

	void decide(String hr, long candidateId, Decision decision) {
		SignedIn.run(hr, () -> this.hiring.decide(candidateId, decision, "Panel's view"), Roles.HR);
	}

	/**
	 * Dates the candidate: added {@code days} before {@code decidedAt}, and their
	 * decisions (if any) at {@code decidedAt}.
	 */
	void dated(long candidateId, Instant decidedAt, double days) {
		this.transaction.executeWithoutResult((status) -> date(candidateId, decidedAt, days));
	}

	private void date(long candidateId, Instant decidedAt, double days) {
		Instant added = decidedAt.minusSeconds(Math.round(days * 86_400));
		this.jdbc.sql("update candidate set created_at = :added where id = :id")
			.param("added", utc(added))
			.param("id", candidateId)
			.update();
		this.jdbc.sql("update candidate_decision set decided_at = :decided where candidate_id = :id")
			.param("decided", utc(decidedAt))
			.param("id", candidateId)
			.update();
	}

	/**
	 * A submitted attempt in which the person answered one scenario that exercises
	 * respect (and no other trait the kit rates) with the option rated {@code rating}:
	 * their respect result is then (rating - 1) / 3.
	 */
	void answeredRespectScenario(long personId, int rating) {
		attempt(personId, 1, "SUBMITTED", rating);
	}

	/** An attempt still in progress, which no result may count. */
	void startedRespectScenario(long personId, int rating) {
		attempt(personId, 2, "IN_PROGRESS", rating);
	}

	private void attempt(long personId, int number, String status, int rating) {
		this.transaction.executeWithoutResult((tx) -> insertAttempt(personId, number, status, rating));
	}

	private void insertAttempt(long personId, int number, String status, int rating) {
		long scenarioId = this.jdbc.sql("""
				select min(s.id) from scenario s
				where exists (select 1 from scenario_trait st join service_trait t on t.id = st.trait_id
				              where st.scenario_id = s.id and t.code = 'respect')
				  and not exists (select 1 from scenario_trait st join service_trait t on t.id = st.trait_id
				                  where st.scenario_id = s.id and t.code in (:others))
				  and (select count(distinct o.rating) from scenario_option o where o.scenario_id = s.id) = 4
				""").param("others", KIT_TRAITS.subList(1, KIT_TRAITS.size())).query(Long.class).single();
		long optionId = this.jdbc.sql("select min(id) from scenario_option where scenario_id = :s and rating = :r")
			.param("s", scenarioId)
			.param("r", rating)
			.query(Long.class)
			.single();
		LocalDateTime now = utc(Instant.now());
		boolean submitted = status.equals("SUBMITTED");
		this.jdbc.sql("""
				insert into quiz_attempt (person_id, course_id, course_version_id, attempt_number, status, open_marker,
				                          started_at, last_saved_at, submitted_at, score_percent, passed)
				select :person, v.course_id, v.id, :number, :status, :open, :now, :now, :submitted, :score, :passed
				from course_version v join scenario s on s.course_version_id = v.id where s.id = :scenario
				""")
			.param("person", personId)
			.param("number", number)
			.param("status", status)
			.param("open", submitted ? null : 1)
			.param("now", now)
			.param("submitted", submitted ? now : null)
			.param("score", submitted ? (rating - 1) * 100 / 3 : null)
			.param("passed", submitted ? rating == 4 : null)
			.param("scenario", scenarioId)
			.update();
		long attemptId = this.jdbc
			.sql("select id from quiz_attempt where person_id = :person and attempt_number = :number")
			.param("person", personId)
			.param("number", number)
			.query(Long.class)
			.single();
		this.jdbc
			.sql("""
					insert into attempt_item (attempt_id, item_number, scenario_id, option_order, chosen_option_id, answered_at)
					values (:attempt, 1, :scenario, '1,2,3,4', :option, :now)
					""")
			.param("attempt", attemptId)
			.param("scenario", scenarioId)
			.param("option", optionId)
			.param("now", now)
			.update();
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
