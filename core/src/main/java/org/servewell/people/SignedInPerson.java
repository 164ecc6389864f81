package org.servewell.people;

import java.util.Set;

/**
 * The person using Servewell right now.
 *
 * @param id the person's id
 * @param email their sign-in name
 * @param displayName how to address them
 * @param roles what they may do
 */
public record SignedInPerson(long id, String email, String displayName, Set<Role> roles) {

	public SignedInPerson {
		roles = Set.copyOf(roles);
	}

	/** Whether the person holds the role. */
	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
