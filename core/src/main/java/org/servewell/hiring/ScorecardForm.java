package org.servewell.hiring;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.servewell.content.RatingScale;

/**
 * What an interviewer has written on a scorecard so far. A draft may leave anything
 * empty; a submission needs every trait rated and a recommendation. The annotations hold
 * the rules of each field alone (a rating on the scale, notes not too long); the rules
 * that need the kit or depend on draft or submission (every trait of the kit rated, none
 * it does not rate, a recommendation chosen) are checked by {@link InterviewService}
 * against the interview's kit.
 *
 * @param entries one per trait of the kit, in any order
 * @param recommendation strong no to strong yes, or {@code null} while undecided
 * @param overallNote what the interviewer wants HR to know, possibly empty
 */
public record ScorecardForm(@NotNull List<@NotNull @Valid Entry> entries, Recommendation recommendation,
		@Size(max = HiringLimits.SCORECARD_NOTE_LENGTH, message = "The overall note has more than "
				+ HiringLimits.SCORECARD_NOTE_LENGTH + " characters.") String overallNote) {

	public ScorecardForm {
		entries = (entries != null) ? List.copyOf(entries) : List.of();
	}

	/**
	 * One trait's rating and evidence.
	 *
	 * @param traitCode the trait's id in the kit
	 * @param rating on the rating scale, or {@code null} while not rated
	 * @param evidence what the candidate said or did, possibly empty
	 */
	public record Entry(@NotBlank(message = "Name the trait rated.") String traitCode, @Min(value = RatingScale.LOWEST,
			message = "Rate from " + RatingScale.LOWEST + " to " + RatingScale.HIGHEST + ".") @Max(
					value = RatingScale.HIGHEST,
					message = "Rate from " + RatingScale.LOWEST + " to " + RatingScale.HIGHEST + ".") Integer rating,
			@Size(max = HiringLimits.SCORECARD_NOTE_LENGTH, message = "The evidence has more than "
					+ HiringLimits.SCORECARD_NOTE_LENGTH + " characters.") String evidence) {

	}

}
