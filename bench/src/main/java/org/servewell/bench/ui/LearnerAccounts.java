package org.servewell.bench.ui;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Learner accounts for the UI load harness, written straight into the database the
 * running app uses: {@code learner-<n>@loadharness.example} with the Learner role and the
 * chosen course assigned, each with the same password, hashed once by the same delegating
 * encoder as the app's ({@code {bcrypt}...}). Idempotent: an account or an assignment
 * that exists is left as it is.
 * <p>
 * Run with {@code -Dlearners=N} (default 1,000), {@code -Dcourse=code}, {@code -Ddb=URL},
 * {@code -DdbUser}, {@code -DdbPassword}.
 */
public final class LearnerAccounts {

	static final String PASSWORD = "learner password for the harness";

	private LearnerAccounts() {
	}

	static String email(int index) {
		return "learner-" + index + "@loadharness.example";
	}

	public static void main(String[] args) throws SQLException {
		int learners = Integer.getInteger("learners", 1000);
		String course = System.getProperty("course", "first-time-every-time");
		String url = System.getProperty("db",
				"jdbc:mysql://127.0.0.1:3306/sw_loadharness_app?rewriteBatchedStatements=true");
		try (Connection db = DriverManager.getConnection(url, System.getProperty("dbUser", "servewell"),
				System.getProperty("dbPassword", "servewell"))) {
			long started = System.nanoTime();
			int created = create(db, learners, course);
			System.out.printf("%d learner accounts (%d new) with %s assigned, in %.1f s%n", learners, created, course,
					(System.nanoTime() - started) / 1e9);
		}
	}

	/** Creates the first N accounts that are missing; returns how many were new. */
	static int create(Connection db, int learners, String courseCode) throws SQLException {
		db.setAutoCommit(false);
		long courseId = courseId(db, courseCode);
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
		Timestamp now = Timestamp.from(Instant.now());
		int created;
		try (PreparedStatement person = db.prepareStatement("INSERT IGNORE INTO person (email, display_name, "
				+ "password_hash, enabled, version, created_at, updated_at) VALUES (?, ?, ?, TRUE, 0, ?, ?)")) {
			for (int i = 0; i < learners; i++) {
				person.setString(1, email(i));
				person.setString(2, "Harness learner " + i);
				person.setString(3, hash);
				person.setTimestamp(4, now);
				person.setTimestamp(5, now);
				person.addBatch();
			}
			int before = learnerCount(db);
			person.executeBatch();
			// Counted, as a rewritten batch reports no row counts.
			created = learnerCount(db) - before;
		}
		try (PreparedStatement role = db.prepareStatement("INSERT IGNORE INTO person_role (person_id, role) "
				+ "SELECT id, 'LEARNER' FROM person WHERE email LIKE 'learner-%@loadharness.example'");
				PreparedStatement assignment = db.prepareStatement("INSERT IGNORE INTO course_assignment "
						+ "(person_id, course_id, due_date, source, assigned_at) SELECT id, ?, ?, 'MANUAL', ? "
						+ "FROM person WHERE email LIKE 'learner-%@loadharness.example'")) {
			role.executeUpdate();
			assignment.setLong(1, courseId);
			assignment.setObject(2, LocalDate.now().plusDays(30));
			assignment.setTimestamp(3, now);
			assignment.executeUpdate();
		}
		db.commit();
		return created;
	}

	private static int learnerCount(Connection db) throws SQLException {
		try (PreparedStatement query = db
			.prepareStatement("SELECT COUNT(*) FROM person WHERE email LIKE 'learner-%@loadharness.example'");
				ResultSet row = query.executeQuery()) {
			row.next();
			return row.getInt(1);
		}
	}

	private static long courseId(Connection db, String code) throws SQLException {
		try (PreparedStatement query = db.prepareStatement("SELECT id FROM course WHERE code = ?")) {
			query.setString(1, code);
			try (ResultSet row = query.executeQuery()) {
				if (!row.next()) {
					throw new IllegalArgumentException("No course " + code + ": has the app started on this database?");
				}
				return row.getLong(1);
			}
		}
	}

}
