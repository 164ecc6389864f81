package org.servewell.learning;

import java.time.LocalDate;

/**
 * One person's standing in one assigned course.
 *
 * @param personId the person
 * @param name their name
 * @param department their department, or null
 * @param courseCode the course's id
 * @param courseTitle its title
 * @param dueDate when it is due, or null
 * @param status not started, in progress, complete or expired
 * @param overdue past due, neither complete nor expired
 * @param attempts quiz attempts made
 * @param bestScore best submitted score, or null
 */
public record PersonProgress(long personId, String name, String department, String courseCode, String courseTitle,
		LocalDate dueDate, Status status, boolean overdue, int attempts, Integer bestScore) {

	/** Where a person stands in a course. */
	public enum Status {

		NOT_STARTED("Not started"), IN_PROGRESS("In progress"), COMPLETE("Complete"),

		/** Completed once; the completion has expired and the course is due again. */
		EXPIRED("Expired");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		/** The status in words. */
		public String label() {
			return this.label;
		}

	}

}
