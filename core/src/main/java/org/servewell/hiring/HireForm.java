package org.servewell.hiring;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.servewell.people.PersonLimits;

/**
 * What HR enters to hire a candidate: the employee record to create.
 *
 * @param displayName the employee's name, the candidate's by default
 * @param email their sign-in name
 * @param department their department; a new name creates it
 * @param jobRole their job role, which the assignment rules match
 * @param startDate their first day; onboarding is due from it
 * @param managerId their manager, optional
 */
public record HireForm(
		@NotBlank(message = "Enter the employee's name.") @Size(max = PersonLimits.DISPLAY_NAME_LENGTH,
				message = "A name has at most " + PersonLimits.DISPLAY_NAME_LENGTH + " characters.") String displayName,
		@NotBlank(message = "Enter the email address they will sign in with.") @Email(
				message = "Enter an email address such as name@example.org.") @Size(max = PersonLimits.EMAIL_LENGTH,
						message = "An email address has at most " + PersonLimits.EMAIL_LENGTH
								+ " characters.") String email,
		@Size(max = PersonLimits.DEPARTMENT_NAME_LENGTH,
				message = "A department name has at most " + PersonLimits.DEPARTMENT_NAME_LENGTH
						+ " characters.") String department,
		@Size(max = PersonLimits.JOB_ROLE_LENGTH,
				message = "A job role has at most " + PersonLimits.JOB_ROLE_LENGTH + " characters.") String jobRole,
		@NotNull(message = "Enter the start date.") LocalDate startDate, Long managerId) {

}
