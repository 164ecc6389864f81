package org.servewell.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a migrated Servewell schema with a company's worth of learners, straight through
 * JDBC batches: departments, one manager per ten learners, four courses assigned to each
 * learner, and for each assignment a realistic trail (about a third complete with lessons
 * read, attempts and a certificate, a third started, a third not started; some due dates
 * past, a few completions expired, a few people disabled). The same seed gives the same
 * data.
 * <p>
 * Rows are written with explicit ids above the largest existing one, so the people and
 * content already in the schema (the first administrator, the bundled courses) stay.
 */
public final class LearnerGenerator {

	static final int COURSES_EACH = 4;

	static final int TEAM_SIZE = 10;

	private static final int BATCH = 2_000;

	private static final String[] FIRST = { "Amara", "Ben", "Chloe", "Dev", "Elif", "Farid", "Grace", "Hugo", "Ines",
			"Jonas", "Kemi", "Liam", "Maya", "Noah", "Olga", "Priya", "Quinn", "Rosa", "Sami", "Tomas", "Uma", "Vera",
			"Wen", "Yusuf", "Zoe" };

	private static final String[] LAST = { "Adeyemi", "Becker", "Costa", "Dubois", "Evans", "Fischer", "Garcia",
			"Hansen", "Ivanova", "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov", "Rossi",
			"Silva", "Tanaka", "Usman", "Virtanen", "Weber", "Yilmaz", "Zhang" };

	private final String url;

	private final String user;

	private final String password;

	private final Random random = new Random(20261201L);

	private final LocalDate today = LocalDate.now();

	private final Timestamp now = Timestamp.from(Instant.now());

	/**
	 * @param url the JDBC URL of the migrated schema
	 * @param user its user
	 * @param password their password
	 */
	public LearnerGenerator(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	/**
	 * Inserts the learners, their managers and their learning.
	 * @param learners how many learners (each with {@value #COURSES_EACH} courses)
	 * @return what was generated, for the benchmark to sign in as
	 */
	public Generated generate(int learners) throws SQLException {
		String batchedUrl = this.url + (this.url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
		try (Connection connection = DriverManager.getConnection(batchedUrl, this.user, this.password)) {
			connection.setAutoCommit(false);
			List<Course> courses = courses(connection);
			long firstId = next(connection, "person");
			long departmentId = next(connection, "department");
			insertDepartments(connection, departmentId);
			int managers = (learners + TEAM_SIZE - 1) / TEAM_SIZE;
			insertPeople(connection, firstId, managers, learners, departmentId);
			insertLearning(connection, firstId + managers, learners, firstId, courses);
			connection.commit();
			return new Generated(email(firstId), courses.get(0).code(), learners, managers);
		}
	}

	private static String email(long personId) {
		return "bench-" + personId + "@servewell.org";
	}

	private static long next(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/** The first four courses with a version open to new attempts, and its lessons. */
	private static List<Course> courses(Connection connection) throws SQLException {
		List<Course> courses = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("""
				select c.id, c.code, v.id, (select count(*) from lesson l where l.course_version_id = v.id)
				from course c join course_version v on v.course_id = c.id
				where v.retired_at is null and v.version_number = (select max(v2.version_number)
				    from course_version v2 where v2.course_id = c.id and v2.retired_at is null)
				order by c.id""")) {
			while (rows.next() && courses.size() < COURSES_EACH) {
				courses.add(new Course(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getInt(4)));
			}
		}
		if (courses.size() < COURSES_EACH) {
			throw new IllegalStateException("The schema holds fewer than " + COURSES_EACH + " published courses");
		}
		return courses;
	}

	private void insertDepartments(Connection connection, long firstId) throws SQLException {
		try (PreparedStatement insert = connection
			.prepareStatement("insert into department (id, name) values (?, ?)")) {
			for (int i = 0; i < 12; i++) {
				insert.setLong(1, firstId + i);
				insert.setString(2, "Bench department " + (i + 1));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private void insertPeople(Connection connection, long firstId, int managers, int learners, long departmentId)
			throws SQLException {
		try (PreparedStatement person = connection.prepareStatement("""
				insert into person (id, email, display_name, password_hash, enabled, department_id, job_role,
				    start_date, manager_id, version, created_at, updated_at)
				values (?, ?, ?, null, ?, ?, ?, ?, ?, 0, ?, ?)""");
				PreparedStatement role = connection
					.prepareStatement("insert into person_role (person_id, role) values (?, ?)")) {
			for (int i = 0; i < managers + learners; i++) {
				long id = firstId + i;
				boolean manager = i < managers;
				long department = departmentId + ((manager ? i : (i - managers) / TEAM_SIZE) % 12);
				person.setLong(1, id);
				person.setString(2, email(id));
				person.setString(3, FIRST[this.random.nextInt(FIRST.length)] + " "
						+ LAST[this.random.nextInt(LAST.length)] + " " + id);
				person.setBoolean(4, manager || this.random.nextInt(50) != 0);
				person.setLong(5, department);
				person.setString(6, manager ? "Team lead" : "Service assistant");
				person.setDate(7, Date.valueOf(this.today.minusDays(this.random.nextInt(2_000))));
				if (manager) {
					person.setNull(8, java.sql.Types.BIGINT);
				}
				else {
					person.setLong(8, firstId + (i - managers) / TEAM_SIZE);
				}
				person.setTimestamp(9, this.now);
				person.setTimestamp(10, this.now);
				person.addBatch();
				role.setLong(1, id);
				role.setString(2, manager ? "MANAGER" : "LEARNER");
				role.addBatch();
				if (i % BATCH == BATCH - 1) {
					person.executeBatch();
					role.executeBatch();
				}
			}
			person.executeBatch();
			role.executeBatch();
		}
	}

	private void insertLearning(Connection connection, long firstLearner, int learners, long firstId,
			List<Course> courses) throws SQLException {
		long attemptId = next(connection, "quiz_attempt");
		long completionId = next(connection, "completion");
		long assignmentId = next(connection, "course_assignment");
		try (PreparedStatement assignment = connection.prepareStatement("""
				insert into course_assignment (id, person_id, course_id, due_date, source, assigned_by, assigned_at)
				values (?, ?, ?, ?, 'MANUAL', ?, ?)""");
				PreparedStatement read = connection.prepareStatement(
						"insert into lesson_read (person_id, course_version_id, lesson_number, read_at) values (?, ?, ?, ?)");
				PreparedStatement attempt = connection.prepareStatement("""
						insert into quiz_attempt (id, person_id, course_id, course_version_id, attempt_number, status,
						    open_marker, started_at, last_saved_at, submitted_at, score_percent, passed)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
				PreparedStatement completion = connection.prepareStatement("""
						insert into completion (id, person_id, course_id, course_version_id, attempt_id, completed_at,
						    learner_name, achievement, score_percent, expires_on, certificate_number, verification_code)
						values (?, ?, ?, ?, ?, ?, 'Bench learner', 'Bench course', ?, ?, ?, ?)""")) {
			int rows = 0;
			for (int i = 0; i < learners; i++) {
				long person = firstLearner + i;
				for (Course course : courses) {
					assignment.setLong(1, assignmentId++);
					assignment.setLong(2, person);
					assignment.setLong(3, course.id());
					if (this.random.nextInt(10) == 0) {
						assignment.setNull(4, java.sql.Types.DATE);
					}
					else {
						assignment.setDate(4, Date.valueOf(this.today.plusDays(this.random.nextInt(180) - 90)));
					}
					assignment.setLong(5, firstId);
					assignment.setTimestamp(6, this.now);
					assignment.addBatch();
					int outcome = this.random.nextInt(3);
					int lessons = (outcome == 2) ? course.lessons()
							: (outcome == 1) ? 1 + this.random.nextInt(Math.max(1, course.lessons() - 1)) : 0;
					for (int lesson = 1; lesson <= lessons; lesson++) {
						read.setLong(1, person);
						read.setLong(2, course.versionId());
						read.setInt(3, lesson);
						read.setTimestamp(4, this.now);
						read.addBatch();
					}
					if (outcome == 1 && this.random.nextBoolean()) {
						addAttempt(attempt, attemptId++, person, course, 1, null);
					}
					if (outcome == 2) {
						int number = 1;
						if (this.random.nextInt(4) == 0) {
							addAttempt(attempt, attemptId++, person, course, number++, 40 + this.random.nextInt(30));
						}
						int score = 80 + this.random.nextInt(21);
						long passed = attemptId++;
						addAttempt(attempt, passed, person, course, number, score);
						completion.setLong(1, completionId);
						completion.setLong(2, person);
						completion.setLong(3, course.id());
						completion.setLong(4, course.versionId());
						completion.setLong(5, passed);
						completion.setTimestamp(6, this.now);
						completion.setInt(7, score);
						if (this.random.nextInt(20) == 0) {
							completion.setDate(8, Date.valueOf(this.today.minusDays(1 + this.random.nextInt(30))));
						}
						else {
							completion.setNull(8, java.sql.Types.DATE);
						}
						completion.setString(9, "BENCH-" + completionId);
						completion.setString(10, "B" + Long.toString(completionId, 36).toUpperCase());
						completion.addBatch();
						completionId++;
					}
				}
				if (++rows % (BATCH / COURSES_EACH) == 0) {
					flush(assignment, read, attempt, completion);
				}
			}
			flush(assignment, read, attempt, completion);
		}
	}

	private void addAttempt(PreparedStatement attempt, long id, long person, Course course, int number, Integer score)
			throws SQLException {
		attempt.setLong(1, id);
		attempt.setLong(2, person);
		attempt.setLong(3, course.id());
		attempt.setLong(4, course.versionId());
		attempt.setInt(5, number);
		attempt.setString(6, (score != null) ? "SUBMITTED" : "IN_PROGRESS");
		if (score != null) {
			attempt.setNull(7, java.sql.Types.INTEGER);
		}
		else {
			attempt.setInt(7, 1);
		}
		Timestamp started = Timestamp.from(this.now.toInstant().minus(this.random.nextInt(60), ChronoUnit.DAYS));
		attempt.setTimestamp(8, started);
		attempt.setTimestamp(9, started);
		attempt.setTimestamp(10, (score != null) ? started : null);
		if (score != null) {
			attempt.setInt(11, score);
			attempt.setBoolean(12, score >= 80);
		}
		else {
			attempt.setNull(11, java.sql.Types.INTEGER);
			attempt.setNull(12, java.sql.Types.BOOLEAN);
		}
		attempt.addBatch();
	}

	private static void flush(PreparedStatement assignment, PreparedStatement read, PreparedStatement attempt,
			PreparedStatement completion) throws SQLException {
		// Parents first: completions refer to attempts.
		assignment.executeBatch();
		read.executeBatch();
		attempt.executeBatch();
		completion.executeBatch();
	}

	/** A course every learner is assigned, with its newest version and lesson count. */
	private record Course(long id, String code, long versionId, int lessons) {
	}

	/**
	 * What was generated.
	 *
	 * @param managerEmail the sign-in name of the first manager (a team of
	 * {@value LearnerGenerator#TEAM_SIZE})
	 * @param courseCode the first assigned course
	 * @param learners learners generated
	 * @param managers managers generated
	 */
	public record Generated(String managerEmail, String courseCode, int learners, int managers) {
	}

}
