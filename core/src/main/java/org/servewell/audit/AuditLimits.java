package org.servewell.audit;

/**
 * Lengths of an audit event's texts, as its columns keep them (the Flyway migrations'
 * values).
 */
public final class AuditLimits {

	/** Longest name of who acted. */
	public static final int ACTOR_LENGTH = 200;

	/** Longest action name, such as {@code course.published}. */
	public static final int ACTION_LENGTH = 40;

	/** Longest description of what was acted on. */
	public static final int SUBJECT_LENGTH = 200;

	/** Longest detail kept; a longer detail is cut with an ellipsis. */
	public static final int DETAIL_LENGTH = 2000;

	private AuditLimits() {
	}

}
