package org.servewell.learning.due;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A course assignment that is not complete, of a person who may sign in.
 *
 * @param assignmentId the assignment
 * @param personId the learner
 * @param email where the learner's mail goes
 * @param name the learner's display name
 * @param courseCode the course, as its page's address names it
 * @param courseTitle the title of the course's newest version
 * @param dueDate when it is due
 * @param managerId the learner's manager, or null
 * @param language the language the learner chose, or null while they chose none
 */
public record OpenAssignment(long assignmentId, long personId, String email, String name, String courseCode,
		String courseTitle, LocalDate dueDate, Long managerId, Locale language) {

	/** Whole days past the due date on {@code today}; 0 or less when not overdue. */
	public long daysOverdue(LocalDate today) {
		return this.dueDate.until(today, ChronoUnit.DAYS);
	}

}
