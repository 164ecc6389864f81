package org.servewell.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One open assignment on the overdue list.
 *
 * @param assignmentId the course assignment
 * @param personId who it is assigned to
 * @param personName their name
 * @param department their department's name, or null
 * @param courseCode the course's content id
 * @param courseTitle the course's title in its newest version
 * @param dueDate when it is due
 * @param daysOverdue days past the due date; 0 when due today, negative for the days left
 * @param managerName the person's manager's name, or null
 * @param lastReminder the newest reminder sent about this assignment, or null
 */
public record OverdueRow(long assignmentId, long personId, String personName, String department, String courseCode,
		String courseTitle, LocalDate dueDate, int daysOverdue, String managerName, LastReminder lastReminder) {

	/** Whether the due date has passed. */
	public boolean overdue() {
		return this.daysOverdue > 0;
	}

	/**
	 * The newest reminder the reminder job sent about an assignment.
	 *
	 * @param kind the rule that sent it: {@code DUE_SOON}, {@code DUE_TODAY} or
	 * {@code OVERDUE}
	 * @param sentAt when the mail server accepted it
	 */
	public record LastReminder(String kind, Instant sentAt) {
	}

}
