package org.servewell.learning.domain;

/**
 * Why a person was asked to take a course or path.
 */
public enum AssignmentSource {

	/** An assignment rule matched their department and/or job role. */
	RULE,
	/** A trainer or HR assigned it by hand. */
	MANUAL,
	/** It came with their hire, aimed at their weakest interview traits. */
	HIRING

}
