package org.servewell.reporting;

/**
 * What the rows of the completion matrix are sorted by; then by name and person, so that
 * pages never overlap.
 */
public enum MatrixOrder {

	NAME,

	DEPARTMENT,

	MANAGER,

	/** Most overdue courses first when descending. */
	OVERDUE

}
