package org.servewell.people;

import java.util.Set;

/**
 * Who the organisation's sign-in provider says has just signed in.
 *
 * @param email the email the provider gives
 * @param emailVerified whether the provider says the email is verified (its owner proved
 * it is theirs)
 * @param displayName the name the provider gives; blank for none
 * @param roles the Servewell roles the provider's roles claim maps to, empty for none of
 * the mapped groups; null when the installation maps no claim, so that roles are managed
 * in Servewell alone
 */
public record ProviderIdentity(String email, boolean emailVerified, String displayName, Set<Role> roles) {

	public ProviderIdentity {
		roles = (roles != null) ? Set.copyOf(roles) : null;
	}

	/** Someone whose roles are managed in Servewell alone. */
	public ProviderIdentity(String email, boolean emailVerified, String displayName) {
		this(email, emailVerified, displayName, null);
	}

}
