package org.servewell.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A person as the administration screens show and edit them.
 *
 * @param id the person's id
 * @param version for refusing a stale edit
 * @param email the sign-in name
 * @param displayName how the person is addressed
 * @param enabled whether the person may sign in
 * @param roles what the person may do
 * @param department the department's name, or null
 * @param jobRole for example "Front desk associate", or null
 * @param startDate the first working day, or null
 * @param managerId the manager's id, or null
 * @param managerName the manager's display name, or null
 * @param employeeNumber the HR system's number, or null
 * @param updatedAt when the person was last changed, for incremental sync
 */
public record PersonDetails(long id, long version, String email, String displayName, boolean enabled, Set<Role> roles,
		String department, String jobRole, LocalDate startDate, Long managerId, String managerName,
		String employeeNumber, Instant updatedAt) {

	public PersonDetails {
		roles = Set.copyOf(roles);
	}

	/** Whether the person holds the role. */
	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
