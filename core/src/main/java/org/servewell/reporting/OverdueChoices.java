package org.servewell.reporting;

import java.util.List;

/**
 * What the overdue list's filters offer the person asking.
 *
 * @param teamOnly whether they see only their own reports (a manager): then there is no
 * manager to choose
 * @param departments the departments of the people in view, by name
 * @param managers the managers of the people in view, by name
 */
public record OverdueChoices(boolean teamOnly, List<String> departments, List<Manager> managers) {

	/**
	 * A manager to filter by.
	 *
	 * @param id the manager
	 * @param name their name
	 */
	public record Manager(long id, String name) {
	}

}
