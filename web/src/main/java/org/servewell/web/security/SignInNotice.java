package org.servewell.web.security;

import java.util.List;
import java.util.Map;

/**
 * What the sign-in page says when it is opened after something went wrong: a wrong
 * password ({@code ?error}), sign-in locked after too many ({@code ?locked=<minutes>}), a
 * session ended because the person's access changed ({@code ?ended}), or a click in a
 * page whose session this instance does not know, after a timeout or after the instance
 * the person was on stopped ({@code ?expired}, see {@link SessionExpiredRedirect}).
 */
record SignInNotice(String title, String message) {

	/**
	 * A sign-in that failed because Servewell could not check the password (its database
	 * did not answer in time), not because the password was wrong.
	 */
	static final SignInNotice UNAVAILABLE = new SignInNotice("Sign-in is not possible just now",
			"Servewell could not check your password: its database is not answering. Nothing is wrong with your "
					+ "email or password; please try again in a minute, and if it keeps happening, tell your administrator.");

	/** The notice the sign-in page's query parameters ask for, or null for none. */
	static SignInNotice of(Map<String, List<String>> parameters) {
		if (parameters.containsKey("locked")) {
			String minutes = parameters.get("locked")
				.stream()
				.filter((value) -> value.matches("\\d{1,4}"))
				.findFirst()
				.orElse("a few");
			return new SignInNotice("Sign-in is locked for now",
					"There were too many failed sign-ins for this account or from your network. Try again in " + minutes
							+ " minutes, or ask your administrator.");
		}
		if (parameters.containsKey("ended")) {
			return new SignInNotice("You were signed out",
					"Your access changed or your session ended. Sign in again to go on; if that fails, ask your administrator.");
		}
		if (parameters.containsKey("expired")) {
			// Every answer is saved as it is chosen (docs/decisions/0020): say so, as
			// a learner mid-quiz fears the worst.
			return new SignInNotice("Your session has ended", "Please sign in again; every answer you saved is kept.");
		}
		if (parameters.containsKey("error")) {
			return new SignInNotice("Email or password not recognised",
					"Check them and try again. If your account was disabled, ask your administrator.");
		}
		return null;
	}

}
