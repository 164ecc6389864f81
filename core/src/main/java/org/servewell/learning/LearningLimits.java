package org.servewell.learning;

/**
 * Lengths of the learning texts that cross into forms, shared by the columns (the Flyway
 * migrations' values), the services and the form fields.
 */
public final class LearningLimits {

	/** Length of the column keeping a certificate's verification code. */
	public static final int VERIFICATION_CODE_LENGTH = 20;

	/**
	 * Longest verification code a visitor may type: room for the spaces around a pasted
	 * code, which are stripped before the look-up. Anything longer is no code of ours.
	 */
	public static final int VERIFICATION_CODE_INPUT_LENGTH = 30;

	/** Longest reason given for withdrawing a completion. */
	public static final int WITHDRAWAL_REASON_LENGTH = 500;

	private LearningLimits() {
	}

}
