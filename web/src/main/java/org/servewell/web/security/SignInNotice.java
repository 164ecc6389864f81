package org.servewell.web.security;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * What the sign-in page says when it is opened after something went wrong: a wrong
 * password ({@code ?error}), or a password that could not be checked ({@code ?error}
 * after a database that did not answer), sign-in locked after too many
 * ({@code ?locked=<minutes>}), a session ended because the person's access changed
 * ({@code ?ended}), or a click in a page whose session this instance does not know, after
 * a timeout or after the instance the person was on stopped ({@code ?expired}, see
 * {@link SessionExpiredRedirect}).
 */
record SignInNotice(String key, Object... arguments) {

	/**
	 * Email or password not recognised: the form's own message after a refused sign-in.
	 */
	static final SignInNotice NOT_RECOGNISED = new SignInNotice("login.notice.error");

	/**
	 * A sign-in that failed because Servewell could not check the password (its database
	 * did not answer in time), not because the password was wrong.
	 */
	static final SignInNotice UNAVAILABLE = new SignInNotice("login.notice.unavailable");

	/**
	 * The notice the sign-in page's query parameters ask for, or null for none.
	 * @param failure why the last sign-in failed, as Spring Security keeps it in the
	 * session, or null
	 */
	static SignInNotice of(Map<String, List<String>> parameters, Object failure) {
		if (parameters.containsKey("locked")) {
			return parameters.get("locked")
				.stream()
				.filter((value) -> value.matches("\\d{1,4}"))
				.findFirst()
				.map((minutes) -> new SignInNotice("login.notice.locked", Integer.parseInt(minutes)))
				.orElse(new SignInNotice("login.notice.locked-a-while"));
		}
		if (parameters.containsKey("ended")) {
			return new SignInNotice("login.notice.ended");
		}
		if (parameters.containsKey("expired")) {
			// Every answer is saved as it is chosen (docs/decisions/0020): say so, as
			// a learner mid-quiz fears the worst.
			return new SignInNotice("login.notice.expired");
		}
		if (parameters.containsKey("error")) {
			// The password was never checked when the database or the provider did not
			// answer.
			return (failure instanceof AuthenticationServiceException) ? UNAVAILABLE : NOT_RECOGNISED;
		}
		return null;
	}

	/** The notice's heading, in the page's language. */
	String title(Component page) {
		return page.getTranslation(this.key + ".title");
	}

	/** What happened and what to do, in the page's language. */
	String message(Component page) {
		return page.getTranslation(this.key + ".message", this.arguments);
	}

}
