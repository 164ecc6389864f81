package org.servewell.reporting;

import java.util.List;

import org.servewell.people.PersonChoice;

/**
 * What the completion matrix's filters offer, limited to the people in view.
 *
 * @param departments department names
 * @param managers the managers of people in view
 * @param jobRoles job roles of people in view
 * @param paths onboarding paths
 * @param teamOnly whether only the signed-in manager's reports are in view
 */
public record MatrixChoices(List<String> departments, List<PersonChoice> managers, List<String> jobRoles,
		List<MatrixPath> paths, boolean teamOnly) {

	/**
	 * An onboarding path to filter by.
	 *
	 * @param code its code
	 * @param title its title
	 */
	public record MatrixPath(String code, String title) {
	}

}
