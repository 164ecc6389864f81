package org.servewell.people.directory;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A person as other features need them.
 *
 * @param id the person's id
 * @param displayName how they are addressed
 * @param email their sign-in name
 * @param departmentId their department's id, or null
 * @param department their department's name, or null
 * @param jobRole their job role, or null
 * @param startDate their first working day, or null
 * @param managerId their manager's id, or null
 * @param enabled whether they can sign in
 * @param language the language they chose, or null while they chose none
 */
public record StaffMember(long id, String displayName, String email, Long departmentId, String department,
		String jobRole, LocalDate startDate, Long managerId, boolean enabled, Locale language) {
}
