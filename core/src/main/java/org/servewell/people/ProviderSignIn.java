package org.servewell.people;

import java.util.Set;

/**
 * What single sign-on decided about a person the provider vouched for: whether they may
 * come in, and as whom.
 *
 * @param outcome the decision
 * @param email the email it was made for, trimmed and in lower case
 * @param person the person signed in, or null when refused
 * @param roles how the provider's roles claim changed the person's roles; null when it
 * did not (no mapping configured, or the roles were already the same)
 */
public record ProviderSignIn(Outcome outcome, String email, SignedInPerson person, RolesFromProvider roles) {

	/** A decision that changed no roles. */
	public ProviderSignIn(Outcome outcome, String email, SignedInPerson person) {
		this(outcome, email, person, null);
	}

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

	/**
	 * Roles set at sign-in from the provider's roles claim.
	 *
	 * @param before the person's roles until this sign-in
	 * @param after their roles now
	 * @param administratorKept whether the claim would have taken the Administrator role
	 * from the last enabled administrator, who kept it
	 */
	public record RolesFromProvider(Set<Role> before, Set<Role> after, boolean administratorKept) {

		public RolesFromProvider {
			before = Set.copyOf(before);
			after = Set.copyOf(after);
		}

	}

}
