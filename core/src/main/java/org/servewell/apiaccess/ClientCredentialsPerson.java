package org.servewell.apiaccess;

import java.util.Optional;
import java.util.Set;

import org.servewell.people.Role;
import org.servewell.people.directory.PeopleDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person that API calls with an OAuth2 client-credentials access token act as: one
 * person the installation names (an administrator, or a person kept for integrations),
 * with their roles at the time of the call, as an API token acts as its creator (decision
 * 0011). Called while a request is authenticated, before anyone is signed in, so it has
 * no role check; it tells the caller nothing but the person's roles.
 */
@Component
public class ClientCredentialsPerson {

	private final PeopleDirectory people;

	ClientCredentialsPerson(PeopleDirectory people) {
		this.people = people;
	}

	/**
	 * The roles of the enabled person who signs in with this email; empty when nobody
	 * does or they are disabled, so the call is refused.
	 */
	@Transactional(readOnly = true)
	public Optional<Set<Role>> rolesOfEnabled(String email) {
		return this.people.staffByEmail(email).flatMap((person) -> this.people.rolesOfEnabled(person.id()));
	}

}
