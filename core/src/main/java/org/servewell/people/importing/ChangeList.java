package org.servewell.people.importing;

import java.util.List;
import java.util.Objects;

/** Changes in words: "department: Front desk → Kitchen", "(none)" for nothing. */
final class ChangeList {

	private static final String NONE = "(none)";

	private ChangeList() {
	}

	static void add(List<String> changes, String what, String before, String after) {
		if (!Objects.equals(before, after)) {
			changes.add(what + ": " + ((before != null) ? before + " → " : "") + ((after != null) ? after : NONE));
		}
	}

	/** Departments are matched ignoring case, as the person form matches them. */
	static void addIgnoringCase(List<String> changes, String what, String before, String after) {
		boolean same = (before == null) ? after == null : before.equalsIgnoreCase(after);
		if (!same) {
			add(changes, what, before, after);
		}
	}

}
