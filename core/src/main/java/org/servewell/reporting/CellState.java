package org.servewell.reporting;

/**
 * Where a person stands in one assigned course, as the completion matrix shows it. One
 * state per cell, the first that applies: complete (a completion that has not expired),
 * expired (completions, all expired), overdue (never completed and the due date has
 * passed), in progress (a quiz attempt or a lesson read), not started.
 */
public enum CellState {

	NOT_STARTED("Not started"),

	IN_PROGRESS("In progress"),

	COMPLETE("Complete"),

	OVERDUE("Overdue"),

	EXPIRED("Expired");

	private final String label;

	CellState(String label) {
		this.label = label;
	}

	/** The state in words, as a screen or a CSV file shows it. */
	public String label() {
		return this.label;
	}

}
