package org.servewell.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.servewell.learning.AssignmentService;
import org.servewell.learning.domain.AssignmentStandings;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hand-made people, assignments, attempts and notifications for the overdue and trait
 * report tests. Tests commit, so each test makes new people in departments of its own.
 */
@Component
class ReportFixtures {

	static final String ADMIN = "first-admin@test.servewell.org";

	private final PeopleService people;

	private final AssignmentService assignments;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AssignmentStandings standings;

	ReportFixtures(PeopleService people, AssignmentService assignments, JdbcClient jdbc,
			TransactionTemplate transactions, AssignmentStandings standings) {
		this.standings = standings;
		this.people = people;
		this.assignments = assignments;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	PersonDetails person(String handle, String name, Role role, String department, Long managerId) {
		return SignedIn.as(ADMIN,
				() -> this.people.createPerson(new PersonForm(handle + "@test.servewell.org", name, Set.of(role),
						department, null, LocalDate.of(2020, 1, 1), managerId, true, null), "a long test password"),
				Roles.ADMIN);
	}

	/** Assigns the course and returns the assignment's id. */
	long assign(PersonDetails person, String courseCode, LocalDate dueDate) {
		SignedIn.run(ADMIN, () -> this.assignments.assignCourse(person.id(), courseCode, dueDate), Roles.ADMIN);
		return this.transactions.execute((status) -> this.jdbc
			.sql("select a.id from course_assignment a join course c on c.id = a.course_id"
					+ " where a.person_id = :personId and c.code = :code")
			.param("personId", person.id())
			.param("code", courseCode)
			.query(Long.class)
			.single());
	}

	/** Records a notification about an assignment as the reminder job would. */
	void notification(PersonDetails recipient, String kind, long assignmentId, String status, LocalDateTime sentAt) {
		this.transactions.executeWithoutResult((transaction) -> this.jdbc.sql("""
				insert into notification (recipient_id, kind, assignment_id, period_key, status, attempts,
				    created_at, last_attempt_at, sent_at)
				values (:recipient, :kind, :assignment, :period, :status, 1, :at, :at, :sentAt)""")
			.param("recipient", recipient.id())
			.param("kind", kind)
			.param("assignment", assignmentId)
			.param("period", kind + "-" + sentAt)
			.param("status", status)
			.param("at", sentAt)
			.param("sentAt", "SENT".equals(status) ? sentAt : null)
			.update());
	}

	/**
	 * Records an attempt at a course version with the given chosen options (null for a
	 * scenario left unanswered), submitted at {@code submittedAt} or in progress when
	 * that is null.
	 */
	void attempt(PersonDetails person, long courseId, long versionId, int number, LocalDateTime submittedAt,
			long scenarioId, Long... chosenOptionIds) {
		this.transactions.executeWithoutResult((transaction) -> insertAttempt(person, courseId, versionId, number,
				submittedAt, scenarioId, chosenOptionIds));
	}

	private void insertAttempt(PersonDetails person, long courseId, long versionId, int number,
			LocalDateTime submittedAt, long scenarioId, Long... chosenOptionIds) {
		boolean submitted = submittedAt != null;
		LocalDateTime started = submitted ? submittedAt.minusMinutes(20) : LocalDateTime.now();
		this.jdbc.sql("""
				insert into quiz_attempt (person_id, course_id, course_version_id, attempt_number, status,
				    open_marker, started_at, last_saved_at, submitted_at, score_percent, passed)
				values (:person, :course, :version, :number, :status, :open, :started, :started, :submitted,
				    :score, :passed)""")
			.param("person", person.id())
			.param("course", courseId)
			.param("version", versionId)
			.param("number", number)
			.param("status", submitted ? "SUBMITTED" : "IN_PROGRESS")
			.param("open", submitted ? null : 1)
			.param("started", started)
			.param("submitted", submittedAt)
			.param("score", submitted ? 50 : null)
			.param("passed", submitted ? Boolean.FALSE : null)
			.update();
		long attemptId = this.jdbc
			.sql("select id from quiz_attempt where person_id = :person and course_id = :course"
					+ " and attempt_number = :number")
			.param("person", person.id())
			.param("course", courseId)
			.param("number", number)
			.query(Long.class)
			.single();
		for (int i = 0; i < chosenOptionIds.length; i++) {
			this.jdbc.sql("""
					insert into attempt_item (attempt_id, item_number, scenario_id, option_order, chosen_option_id,
					    answered_at)
					values (:attempt, :number, :scenario, '1,2,3,4', :chosen, :answered)""")
				.param("attempt", attemptId)
				.param("number", i + 1)
				.param("scenario", scenarioId)
				.param("chosen", chosenOptionIds[i])
				.param("answered", (chosenOptionIds[i] != null) ? started : null)
				.update();
		}
		this.standings.recompute(person.id(), courseId);
	}

	/** Records a completion of a course (or, with a null course, of a path). */
	void completion(PersonDetails person, Long courseId, LocalDateTime completedAt) {
		completion(person, courseId, completedAt, null);
	}

	/**
	 * A completion that HR withdrew at {@code withdrawnAt} (null: one that stands).
	 */
	void completion(PersonDetails person, Long courseId, LocalDateTime completedAt, LocalDateTime withdrawnAt) {
		String unique = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 18);
		this.transactions.executeWithoutResult((transaction) -> {
			this.jdbc.sql("""
					insert into completion (person_id, course_id, completed_at, learner_name, achievement,
					    certificate_number, verification_code, withdrawn_at, withdrawn_reason)
					values (:person, :course, :at, :name, 'A course', :certificate, :verification, :withdrawnAt,
					    :reason)""")
				.param("person", person.id())
				.param("course", courseId)
				.param("at", completedAt)
				.param("withdrawnAt", withdrawnAt)
				.param("reason", (withdrawnAt != null) ? "Awarded in error" : null)
				.param("name", person.displayName())
				.param("certificate", "T" + unique)
				.param("verification", unique)
				.update();
			if (courseId != null) {
				this.standings.recompute(person.id(), courseId);
			}
		});
	}

}
