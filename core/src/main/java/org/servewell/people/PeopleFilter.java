package org.servewell.people;

import java.time.Instant;

/**
 * Which people a list holds; a null leaves that filter out.
 *
 * @param department a department's name, in any case
 * @param active whether the person may sign in
 * @param role a role the person holds
 * @param text a text found in the name or email, in any case
 * @param changedSince changed at or after this moment; the list is then ordered by when
 * each person was changed, oldest first, so that a reader can sync incrementally
 */
public record PeopleFilter(String department, Boolean active, Role role, String text, Instant changedSince) {

	/** Everyone. */
	public static PeopleFilter everyone() {
		return new PeopleFilter(null, null, null, null, null);
	}

}
