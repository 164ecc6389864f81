package org.servewell.apiaccess;

/** Lengths and ranges shared by the token form, its column and the view. */
public final class ApiTokenLimits {

	/** Longest token name. */
	public static final int NAME_LENGTH = 100;

	/** Longest validity in days: a token must be renewed at least once a year or so. */
	public static final int MAX_VALID_DAYS = 400;

	private ApiTokenLimits() {
	}

}
