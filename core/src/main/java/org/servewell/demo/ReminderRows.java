package org.servewell.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reminders the job would have sent by now, as it records them: to a learner a week
 * before a course is due, on the day and weekly when overdue (at most four times), and a
 * weekly digest to each manager of an overdue learner for the last four weeks; all sent.
 * Recorded with the job's periods, so the job itself sends none of them again.
 */
final class ReminderRows {

	private static final int DUE_SOON_DAYS = 7;

	private static final int OVERDUE_EVERY_DAYS = 7;

	private static final int OVERDUE_MAX = 4;

	private final Rows rows;

	private int sent;

	ReminderRows(Rows rows) {
		this.rows = rows;
	}

	int insert(List<LearningRows.Open> open) throws SQLException {
		Set<Long> managers = new TreeSet<>();
		try (PreparedStatement insert = this.rows.connection.prepareStatement("""
				insert into notification (id, recipient_id, kind, assignment_id, period_key, status, attempts,
				    created_at, last_attempt_at, sent_at, topic, link_path, read_at)
				values (?, ?, ?, ?, ?, 'SENT', 1, ?, ?, ?, ?, ?, ?)""")) {
			for (LearningRows.Open course : open) {
				LocalDate due = course.due();
				String title = course.courseTitle();
				String link = "/course/" + URLEncoder.encode(course.courseCode(), StandardCharsets.UTF_8);
				send(insert, course.personId(), "DUE_SOON", course.assignmentId(), due.toString(),
						due.minusDays(DUE_SOON_DAYS), title, link);
				send(insert, course.personId(), "DUE_TODAY", course.assignmentId(), due.toString(), due, title, link);
				long overdue = ChronoUnit.DAYS.between(due, this.rows.today);
				for (int nth = 1; nth <= OVERDUE_MAX && (nth - 1) * OVERDUE_EVERY_DAYS + 1 < overdue; nth++) {
					send(insert, course.personId(), "OVERDUE", course.assignmentId(), due + "/" + nth,
							due.plusDays(1 + (long) (nth - 1) * OVERDUE_EVERY_DAYS), title, link);
				}
				if (overdue > 0 && course.managerId() != null) {
					managers.add(course.managerId());
				}
			}
			LocalDate monday = this.rows.today.with(DayOfWeek.MONDAY);
			for (long manager : managers) {
				for (int week = 4; week >= 1; week--) {
					LocalDate day = monday.minusWeeks(week);
					send(insert, manager, "TEAM_DIGEST", 0, week(day), day, null, "/progress");
				}
			}
			insert.executeBatch();
		}
		return this.sent;
	}

	/**
	 * Records one sent reminder, which is also its recipient's notice in the bell: read
	 * when it is more than a week old, so the bell shows a believable few unread.
	 */
	private void send(PreparedStatement insert, long recipient, String kind, long assignment, String period,
			LocalDate day, String topic, String link) throws SQLException {
		if (!day.isBefore(this.rows.today)) {
			return;
		}
		LocalDateTime at = day.atTime(6, 0);
		LocalDateTime read = day.isBefore(this.rows.today.minusDays(7)) ? at.plusHours(3) : null;
		Rows.add(insert, this.rows.id("notification"), recipient, kind, assignment, period, at, at, at.plusSeconds(2),
				topic, link, read);
		this.sent++;
	}

	/** The ISO week of a day, such as 2026-W49, as the job names a digest's period. */
	private static String week(LocalDate day) {
		return day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
				+ String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

}
