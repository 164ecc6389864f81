package org.servewell.people.importing;

import java.util.List;

/**
 * What an import does, or would do, to one person.
 *
 * @param line the file line that names them
 * @param email their email after the import
 * @param kind created, changed, deactivated or left alone
 * @param changes each change in words, such as "department: Front desk → Kitchen"
 */
public record PersonChange(long line, String email, Kind kind, List<String> changes) {

	public PersonChange {
		changes = List.copyOf(changes);
	}

	/** What happens to the person. */
	public enum Kind {

		CREATED, CHANGED, DEACTIVATED, UNCHANGED

	}

}
