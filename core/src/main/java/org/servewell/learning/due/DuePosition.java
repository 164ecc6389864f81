package org.servewell.learning.due;

import java.time.LocalDate;

/**
 * A position in the walk of assignments by due date and id, the order of the index
 * (due_date, id).
 *
 * @param dueDate the due date of the last assignment read
 * @param assignmentId its id
 */
public record DuePosition(LocalDate dueDate, long assignmentId) {

	/** Before every assignment due on {@code day} or later. */
	public static DuePosition before(LocalDate day) {
		return new DuePosition(day, 0);
	}

}
