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
		@NotBlank(message = "Enter the candidate's name.") @Size(max = HiringLimits.CANDIDATE_NAME_LENGTH,
				message = "A name has at most " + HiringLimits.CANDIDATE_NAME_LENGTH + " characters.") String fullName,
		@Email(message = "Enter an email address such as name@example.org.") @Size(
				max = HiringLimits.CANDIDATE_EMAIL_LENGTH,
				message = "An email address has at most " + HiringLimits.CANDIDATE_EMAIL_LENGTH
						+ " characters.") String email,
		@NotBlank(message = "Enter the position applied for.") @Size(max = HiringLimits.POSITION_LENGTH,
				message = "A position has at most " + HiringLimits.POSITION_LENGTH + " characters.") String position,
		@Size(max = HiringLimits.SOURCE_LENGTH,
				message = "A source has at most " + HiringLimits.SOURCE_LENGTH + " characters.") String source,
		@Size(max = HiringLimits.CANDIDATE_NOTES_LENGTH,
				message = "Notes have at most " + HiringLimits.CANDIDATE_NOTES_LENGTH + " characters.") String notes,
		LocalDate consentDate) {

}
