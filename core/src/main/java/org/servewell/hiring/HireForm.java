package org.servewell.hiring;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
		@NotBlank(message = "Enter the employee's name.") @Size(max = 100,
				message = "A name has at most 100 characters.") String displayName,
		@NotBlank(message = "Enter the email address they will sign in with.") @Email(
				message = "Enter an email address such as name@example.org.") @Size(max = 254,
						message = "An email address has at most 254 characters.") String email,
		@Size(max = 100, message = "A department name has at most 100 characters.") String department,
		@Size(max = 100, message = "A job role has at most 100 characters.") String jobRole,
		@NotNull(message = "Enter the start date.") LocalDate startDate, Long managerId) {

}
