package org.servewell.people.importing;

import java.time.LocalDate;

/**
 * One employee as a file row gives them, values trimmed, blank as null.
 *
 * @param line the line the row starts on, the header being line 1
 * @param employeeNumber the HR system's number, or null
 * @param name the display name
 * @param email the sign-in email, in lower case
 * @param department a department name, or null for none
 * @param jobRole or null
 * @param startDate or null
 * @param manager the manager's email or employee number, or null for none
 * @param active whether the person may sign in; null keeps an existing person as they are
 * and makes a new one active
 */
public record EmployeeRow(long line, String employeeNumber, String name, String email, String department,
		String jobRole, LocalDate startDate, String manager, Boolean active) {

	/**
	 * The key the row matches a person by: the employee number when given, else the
	 * email.
	 */
	public String key() {
		return (this.employeeNumber != null) ? this.employeeNumber : this.email;
	}

}
