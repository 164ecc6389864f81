package org.servewell.people;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters to create or change a person.
 *
 * @param email the sign-in name; stored trimmed and in lower case
 * @param displayName how the person is addressed
 * @param roles at least one
 * @param department a department name; a new name creates the department; blank for none
 * @param jobRole optional
 * @param startDate optional
 * @param managerId optional; never the person themself
 * @param enabled whether the person may sign in
 * @param employeeNumber the HR system's number, unique when given; stored trimmed; blank
 * for none
 */
public record PersonForm(
		@NotBlank(message = "Enter an email address.") @Email(
				message = "Enter an email address such as name@example.org.") @Size(max = PersonLimits.EMAIL_LENGTH,
						message = "An email address has at most " + PersonLimits.EMAIL_LENGTH
								+ " characters.") String email,
		@NotBlank(message = "Enter the person's name.") @Size(max = PersonLimits.DISPLAY_NAME_LENGTH,
				message = "A name has at most " + PersonLimits.DISPLAY_NAME_LENGTH + " characters.") String displayName,
		@NotEmpty(message = "Choose at least one role.") Set<Role> roles,
		@Size(max = PersonLimits.DEPARTMENT_NAME_LENGTH,
				message = "A department name has at most " + PersonLimits.DEPARTMENT_NAME_LENGTH
						+ " characters.") String department,
		@Size(max = PersonLimits.JOB_ROLE_LENGTH,
				message = "A job role has at most " + PersonLimits.JOB_ROLE_LENGTH + " characters.") String jobRole,
		LocalDate startDate, Long managerId, boolean enabled,
		@Size(max = PersonLimits.EMPLOYEE_NUMBER_LENGTH, message = "An employee number has at most "
				+ PersonLimits.EMPLOYEE_NUMBER_LENGTH + " characters.") String employeeNumber) {

	public PersonForm {
		roles = (roles != null) ? Set.copyOf(roles) : Set.of();
	}

}
