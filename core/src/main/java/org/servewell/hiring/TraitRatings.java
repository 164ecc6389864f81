package org.servewell.hiring;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ratings one trait received: for each candidate, the rating each interviewer who
 * rated the candidate on this trait gave. Interviewers who did not rate a candidate are
 * simply absent from that candidate's map.
 *
 * @param traitCode the trait's id in the trait model
 * @param traitName the trait's name, as the agreement report words it
 * @param candidates the candidates rated on the trait
 */
public record TraitRatings(String traitCode, String traitName, List<CandidateRatings> candidates) {

	/** The lowest rating on the interview scale. */
	public static final int LOWEST_RATING = 1;

	/** The highest rating on the interview scale. */
	public static final int HIGHEST_RATING = 5;

	public TraitRatings {
		Objects.requireNonNull(traitCode, "traitCode");
		Objects.requireNonNull(traitName, "traitName");
		candidates = List.copyOf(candidates);
	}

	/**
	 * One candidate's ratings on the trait.
	 *
	 * @param candidateId the candidate rated
	 * @param ratingsByInterviewer each interviewer's id and the rating (1-5) they gave
	 */
	public record CandidateRatings(long candidateId, Map<Long, Integer> ratingsByInterviewer) {

		public CandidateRatings {
			ratingsByInterviewer = Map.copyOf(ratingsByInterviewer);
			ratingsByInterviewer.forEach((interviewer, rating) -> {
				if (rating < LOWEST_RATING || rating > HIGHEST_RATING) {
					throw new IllegalArgumentException("Interviewer " + interviewer + " rated candidate " + candidateId
							+ " " + rating + ": ratings run from " + LOWEST_RATING + " to " + HIGHEST_RATING + ".");
				}
			});
		}

		/**
		 * Whether two or more interviewers rated the candidate, so their ratings can be
		 * compared.
		 */
		public boolean isPairable() {
			return this.ratingsByInterviewer.size() >= 2;
		}

	}

}
