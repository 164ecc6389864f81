package org.servewell.people;

/**
 * Field lengths shared by the database columns, the validation annotations and the form
 * fields.
 */
public final class PersonLimits {

	public static final int EMAIL_LENGTH = 254;

	public static final int DISPLAY_NAME_LENGTH = 100;

	public static final int JOB_ROLE_LENGTH = 100;

	public static final int DEPARTMENT_NAME_LENGTH = 100;

	/** An employee number from the HR system, such as "E-004213". */
	public static final int EMPLOYEE_NUMBER_LENGTH = 50;

	/**
	 * Long enough to resist guessing; NIST SP 800-63B asks for at least 8, we ask for
	 * more.
	 */
	public static final int PASSWORD_MIN_LENGTH = 12;

	/** BCrypt reads at most 72 bytes. */
	public static final int PASSWORD_MAX_LENGTH = 72;

	/** A chosen language's tag, such as "de" or "pt-BR". */
	public static final int LANGUAGE_TAG_LENGTH = 16;

	private PersonLimits() {
	}

}
