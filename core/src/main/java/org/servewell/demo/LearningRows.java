package org.servewell.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each learner's assignments and the trail they left: people in a department with an
 * onboarding rule are on its path (as the rule would have put them), everyone else has
 * courses assigned by hand. Whether a course is complete, in progress or not started
 * depends on how long ago it was due; a complete one has every lesson read, a passed
 * attempt (sometimes after a failed one) and a certificate, one in eight of them expired;
 * one in progress has some lessons read and maybe an attempt open or failed.
 */
final class LearningRows implements AutoCloseable {

	/** What {@code course_assignment.valid_until} holds for a completion for good. */
	private static final LocalDate NEVER_EXPIRES = LocalDate.of(9999, 12, 31);

	private final Rows rows;

	private final OrganisationSize size;

	private final Catalogue catalogue;

	private final Long assignerId;

	private final Map<Long, long[]> rules = new HashMap<>();

	private final AttemptRows attempts;

	private final PreparedStatement path;

	private final PreparedStatement assignment;

	private final PreparedStatement read;

	private final PreparedStatement completion;

	private final List<Open> open = new ArrayList<>();

	private int assignments;

	private int learners;

	LearningRows(Rows rows, OrganisationSize size, Catalogue catalogue, Long assignerId) throws SQLException {
		this.rows = rows;
		this.size = size;
		this.catalogue = catalogue;
		this.assignerId = assignerId;
		try (PreparedStatement statement = rows.connection.prepareStatement("""
				select department_id, id, path_id from assignment_rule
				where department_id is not null and job_role is null and path_id is not null order by id""");
				ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				this.rules.putIfAbsent(result.getLong(1), new long[] { result.getLong(2), result.getLong(3) });
			}
		}
		this.attempts = new AttemptRows(rows, size.attemptItems(), catalogue.traits());
		this.path = rows.connection.prepareStatement("""
				insert into path_assignment (id, person_id, path_id, source, rule_id, assigned_by, assigned_at)
				values (?, ?, ?, 'RULE', ?, null, ?)""");
		this.assignment = rows.connection.prepareStatement("""
				insert into course_assignment (id, person_id, course_id, path_id, due_date, source, rule_id,
				    assigned_by, assigned_at, started, valid_until)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
		this.read = rows.connection.prepareStatement(
				"insert into lesson_read (person_id, course_version_id, lesson_number, read_at) values (?, ?, ?, ?)");
		this.completion = rows.connection.prepareStatement("""
				insert into completion (id, person_id, course_id, course_version_id, attempt_id, completed_at,
				    learner_name, achievement, score_percent, expires_on, certificate_number, verification_code)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
	}

	/**
	 * A random ability: an overall level and an offset per trait, which the learner's
	 * answers follow.
	 */
	double[] ability() {
		double[] ability = new double[this.catalogue.traits().size() + 1];
		if (this.size.attemptItems()) {
			ability[0] = this.rows.random.nextGaussian() * 0.6;
			for (int i = 1; i < ability.length; i++) {
				ability[i] = this.rows.random.nextGaussian() * 0.7;
			}
		}
		return ability;
	}

	/**
	 * A learner's assignments and trail.
	 * @param finished whether every course is complete (a hire whose onboarding is done)
	 */
	void learner(PeopleRows.Member learner, double[] ability, boolean finished) throws SQLException {
		long[] rule = this.rules.get(learner.departmentId());
		Catalogue.Path onPath = (rule != null) ? this.catalogue.paths()
			.values()
			.stream()
			.filter((candidate) -> candidate.id() == rule[1])
			.findFirst()
			.orElse(null) : null;
		LocalDateTime assignedAt = learner.start().minusDays(1).atTime(7, 30);
		if (onPath != null) {
			Rows.add(this.path, this.rows.id("path_assignment"), learner.id(), onPath.id(), rule[0], assignedAt);
			for (Catalogue.Step step : onPath.steps()) {
				course(learner, this.catalogue.course(step.courseId()), learner.start().plusDays(step.dueAfterDays()),
						onPath.id(), rule[0], assignedAt, ability, finished);
			}
		}
		else {
			List<Catalogue.Course> courses = this.catalogue.courses();
			for (int k = 0; k < Math.min(this.size.coursesEach(), courses.size()); k++) {
				LocalDate due = (this.size.numbered() && this.rows.chance(10)) ? null
						: learner.start().plusDays(14L * (k + 1));
				course(learner, courses.get(k), due, null, null, assignedAt, ability, finished);
			}
		}
		if (++this.learners % (Rows.BATCH / Math.max(1, this.size.coursesEach())) == 0) {
			flush();
		}
	}

	private void course(PeopleRows.Member learner, Catalogue.Course course, LocalDate due, Long pathId, Long ruleId,
			LocalDateTime assignedAt, double[] ability, boolean finished) throws SQLException {
		long assignmentId = this.rows.id("course_assignment");
		this.assignments++;
		State state = finished ? State.COMPLETE : state(due);
		LocalDate latest = this.rows.today.minusDays(1);
		LocalDate started = learner.start().isAfter(latest) ? latest : learner.start();
		LocalDate done = this.rows.between(started, min((due != null) ? due.plusDays(20) : latest, latest));
		int lessons = switch (state) {
			case COMPLETE -> course.lessons();
			case IN_PROGRESS -> 1 + this.rows.random.nextInt(Math.max(1, course.lessons()));
			case NOT_STARTED -> 0;
		};
		for (int lesson = 1; lesson <= lessons; lesson++) {
			Rows.add(this.read, learner.id(), course.versionId(), lesson,
					this.rows.during(this.rows.between(started, done)));
		}
		LocalDate validUntil = null;
		int number = 1;
		if (state != State.NOT_STARTED && this.rows.chance(4)) {
			this.attempts.submit(learner.id(), course, number++, this.rows.during(done.minusDays(1)), false, ability);
		}
		if (state == State.IN_PROGRESS && lessons == course.lessons() && this.rows.chance(2)) {
			this.attempts.open(learner.id(), course, number, this.rows.during(done), ability);
		}
		if (state == State.COMPLETE) {
			LocalDateTime at = this.rows.during(done);
			AttemptRows.Submitted passed = this.attempts.submit(learner.id(), course, number, at, true, ability);
			long id = this.rows.id("completion");
			LocalDate expires = this.rows.chance(8) ? this.rows.today.minusDays(1 + this.rows.random.nextInt(60))
					: null;
			Rows.add(this.completion, id, learner.id(), course.id(), course.versionId(), passed.id(),
					at.plusMinutes(12), learner.name(), course.title(), passed.score(), expires,
					this.size.marker() + "-" + id, this.size.marker().charAt(0) + Long.toString(id, 36).toUpperCase());
			validUntil = (expires != null) ? expires : NEVER_EXPIRES;
		}
		// Where the assignment stands, as learning keeps it (decision 0019): written with
		// its row, which the batches insert before its reads, attempts and completion.
		Rows.add(this.assignment, assignmentId, learner.id(), course.id(), pathId, due,
				(ruleId != null) ? "RULE" : "MANUAL", ruleId, (ruleId != null) ? null : this.assignerId, assignedAt,
				state != State.NOT_STARTED, validUntil);
		if (this.size.reminders() && state != State.COMPLETE && due != null
				&& due.isBefore(this.rows.today.plusDays(7))) {
			this.open
				.add(new Open(assignmentId, learner.id(), learner.managerId(), due, course.code(), course.title()));
		}
	}

	/** The later the due date, the less likely the course is done. */
	private State state(LocalDate due) {
		long overdue = (due != null) ? ChronoUnit.DAYS.between(due, this.rows.today) : 0;
		int complete = (overdue > 30) ? 78 : (overdue > -7) ? 45 : 15;
		int inProgress = complete + ((overdue > 30) ? 10 : 28);
		int roll = this.rows.random.nextInt(100);
		return (roll < complete) ? State.COMPLETE : (roll < inProgress) ? State.IN_PROGRESS : State.NOT_STARTED;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/** Writes the batches, parents first: completions refer to attempts. */
	void flush() throws SQLException {
		this.path.executeBatch();
		this.assignment.executeBatch();
		this.read.executeBatch();
		this.attempts.flush();
		this.completion.executeBatch();
	}

	/**
	 * Open assignments due within a week or overdue, for the reminders sent about them.
	 */
	List<Open> open() {
		return this.open;
	}

	int assignments() {
		return this.assignments;
	}

	int submittedAttempts() {
		return this.attempts.submitted();
	}

	@Override
	public void close() throws SQLException {
		this.attempts.close();
		this.path.close();
		this.assignment.close();
		this.read.close();
		this.completion.close();
	}

	private enum State {

		NOT_STARTED, IN_PROGRESS, COMPLETE

	}

	/** An assignment not complete, due soon or overdue. */
	record Open(long assignmentId, long personId, Long managerId, LocalDate due, String courseCode,
			String courseTitle) {
	}

}
