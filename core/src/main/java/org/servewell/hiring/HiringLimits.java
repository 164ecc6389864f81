package org.servewell.hiring;

/**
 * Field lengths of what HR and interviewers type, shared by the database columns, the
 * validation annotations and the form fields, so that a form never accepts what the
 * column would refuse. The values are the Flyway migrations' column lengths.
 */
public final class HiringLimits {

	/** Longest name of a candidate. */
	public static final int CANDIDATE_NAME_LENGTH = 100;

	/** Longest email address of a candidate (RFC 5321's limit, as for a person). */
	public static final int CANDIDATE_EMAIL_LENGTH = 254;

	/** Longest position applied for. */
	public static final int POSITION_LENGTH = 100;

	/** Longest source of an application (a job board, a referral). */
	public static final int SOURCE_LENGTH = 100;

	/** Longest HR notes on a candidate. */
	public static final int CANDIDATE_NOTES_LENGTH = 4000;

	/** Longest evidence note of a trait rating or overall note of a scorecard. */
	public static final int SCORECARD_NOTE_LENGTH = 4000;

	/** Longest reason for a hiring decision or a scorecard amendment. */
	public static final int REASON_LENGTH = 2000;

	/** Longest reason for erasing a candidate's personal data. */
	public static final int ERASURE_REASON_LENGTH = 2000;

	private HiringLimits() {
	}

}
