package org.servewell.learning;

/**
 * What a page of people's progress in a course is sorted by.
 */
public enum ProgressOrder {

	/** Their name. */
	NAME,

	/** Their department's name; people without one come last. */
	DEPARTMENT,

	/** The course's due date; assignments without one come last. */
	DUE_DATE

}
