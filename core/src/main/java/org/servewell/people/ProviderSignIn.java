package org.servewell.people;

/**
 * What single sign-on decided about a person the provider vouched for: whether they may
 * come in, and as whom.
 *
 * @param outcome the decision
 * @param email the email it was made for, trimmed and in lower case
 * @param person the person signed in, or null when refused
 */
public record ProviderSignIn(Outcome outcome, String email, SignedInPerson person) {

	/** Whether the person may come in. */
	public boolean admitted() {
		return this.person != null;
	}

	/** The decisions. */
	public enum Outcome {

		/** A person Servewell knows, by their email. */
		SIGNED_IN,
		/** Nobody had the email; its domain allows creating a learner, so one was. */
		CREATED,
		/** The provider did not say the email is verified: refused. */
		EMAIL_NOT_VERIFIED,
		/** Nobody has the email, and its domain does not allow creating a learner. */
		UNKNOWN,
		/** The person is disabled in Servewell. */
		DISABLED

	}

}
