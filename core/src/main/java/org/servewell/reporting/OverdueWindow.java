package org.servewell.reporting;

/**
 * Which open assignments the overdue list shows: only those past their due date, or those
 * and the ones due within a number of days.
 */
public enum OverdueWindow {

	/** Past the due date only. */
	OVERDUE_ONLY(-1),

	/** Overdue, or due today or in the next 7 days. */
	DUE_WITHIN_7_DAYS(7),

	/** Overdue, or due within 14 days. */
	DUE_WITHIN_14_DAYS(14),

	/** Overdue, or due within 30 days. */
	DUE_WITHIN_30_DAYS(30);

	private final int daysAhead;

	OverdueWindow(int daysAhead) {
		this.daysAhead = daysAhead;
	}

	/**
	 * How many days after today the last due date shown falls; -1 for yesterday (overdue
	 * only).
	 */
	public int daysAhead() {
		return this.daysAhead;
	}

}
