package org.servewell.xapi;

/** Lengths and counts shared by the LRS form, the columns, the view and delivery. */
public final class XapiLimits {

	/** Longest LRS endpoint URL. */
	public static final int ENDPOINT_LENGTH = 500;

	/** Longest user name (the LRS's "key"). */
	public static final int USERNAME_LENGTH = 200;

	/** Longest password (the LRS's "secret"). */
	public static final int PASSWORD_LENGTH = 200;

	/** Longest error kept for a delivery attempt. */
	public static final int ERROR_LENGTH = 200;

	/** Attempts after which a statement is given up as failed. */
	public static final int MAX_ATTEMPTS = 6;

	/** Most failed statements the administrators' list shows. */
	public static final int LATEST_FAILURES = 20;

	private XapiLimits() {
	}

}
