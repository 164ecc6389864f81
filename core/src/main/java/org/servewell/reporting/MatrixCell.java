package org.servewell.reporting;

import java.time.LocalDate;

/**
 * One person's standing in one assigned course.
 *
 * @param courseCode the course
 * @param state where they stand
 * @param dueDate when it is due, or null
 * @param completedOn when they last completed it, or null
 * @param expiresOn when that completion expires (or expired), or null
 */
public record MatrixCell(String courseCode, CellState state, LocalDate dueDate, LocalDate completedOn,
		LocalDate expiresOn) {

	/**
	 * The date that matters for the state: when it was completed, when it expired, or
	 * when it is (or was) due; null when there is none.
	 */
	public LocalDate date() {
		return switch (this.state) {
			case COMPLETE -> this.completedOn;
			case EXPIRED -> this.expiresOn;
			default -> this.dueDate;
		};
	}

}
