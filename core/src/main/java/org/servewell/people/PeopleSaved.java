package org.servewell.people;

import java.util.List;

/**
 * Published, inside the saving transaction, when many people are created or changed at
 * once (an employee import), instead of one {@link PersonSaved} each: listeners treat it
 * as a {@link PersonSaved} for every person in it, but may read what they need once for
 * all of them.
 *
 * @param personIds the people, in the order they were saved
 */
public record PeopleSaved(List<Long> personIds) {

	public PeopleSaved {
		personIds = List.copyOf(personIds);
	}

}
