package org.servewell.testsupport;

import java.util.Set;
import java.util.UUID;

import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;

/**
 * Makes people for tests, each with a fresh email, as the first administrator would.
 */
public final class TestPeople {

	/** The administrator the test configuration creates at start-up. */
	public static final String ADMIN = "first-admin@test.servewell.org";

	private TestPeople() {
	}

	/** A new person holding {@code role}; returns their email. */
	public static String create(PeopleService people, Role role) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String email = role.name().toLowerCase() + "-" + id + "@test.servewell.org";
		PersonDetails created = SignedIn.as(ADMIN,
				() -> people.createPerson(
						new PersonForm(email, "Person " + id, Set.of(role), null, null, null, null, true, null),
						"a long test password"),
				Roles.ADMIN);
		if (!created.email().equals(email)) {
			throw new IllegalStateException("Created " + created.email() + " instead of " + email);
		}
		return email;
	}

	/** The id of the person with {@code email}. */
	public static long id(PeopleService people, String email) {
		return SignedIn.as(email, () -> people.currentPersonId().orElseThrow(), Roles.LEARNER);
	}

}
