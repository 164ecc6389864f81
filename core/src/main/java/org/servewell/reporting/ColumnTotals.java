package org.servewell.reporting;

/**
 * How the people shown stand in one course.
 *
 * @param courseCode the course
 * @param notStarted how many have not started
 * @param inProgress are in progress
 * @param complete are complete
 * @param overdue are overdue
 * @param expired have an expired completion
 */
public record ColumnTotals(String courseCode, int notStarted, int inProgress, int complete, int overdue, int expired) {

	/** How many of the people shown are assigned the course. */
	public int assigned() {
		return this.notStarted + this.inProgress + this.complete + this.overdue + this.expired;
	}

	/** The number in {@code state}. */
	public int count(CellState state) {
		return switch (state) {
			case NOT_STARTED -> this.notStarted;
			case IN_PROGRESS -> this.inProgress;
			case COMPLETE -> this.complete;
			case OVERDUE -> this.overdue;
			case EXPIRED -> this.expired;
		};
	}

}
