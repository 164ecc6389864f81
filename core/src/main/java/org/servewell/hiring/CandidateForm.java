package org.servewell.hiring;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What HR enters about a candidate.
 *
 * @param fullName the candidate's name
 * @param email how to reach them; optional
 * @param position the position applied for
 * @param source where the application came from (a job board, a referral); optional
 * @param notes HR's notes; optional
 * @param consentDate the day the candidate agreed to their data being kept; optional
 */
public record CandidateForm(
		@NotBlank(message = "Enter the candidate's name.") @Size(max = 100,
				message = "A name has at most 100 characters.") String fullName,
		@Email(message = "Enter an email address such as name@example.org.") @Size(max = 254,
				message = "An email address has at most 254 characters.") String email,
		@NotBlank(message = "Enter the position applied for.") @Size(max = 100,
				message = "A position has at most 100 characters.") String position,
		@Size(max = 100, message = "A source has at most 100 characters.") String source,
		@Size(max = 4000, message = "Notes have at most 4000 characters.") String notes, LocalDate consentDate) {

}
