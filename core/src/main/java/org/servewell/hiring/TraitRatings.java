package org.servewell.hiring;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.servewell.content.RatingScale;

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
				if (!RatingScale.contains(rating)) {
					throw new IllegalArgumentException("Interviewer " + interviewer + " rated candidate " + candidateId
							+ " " + rating + ": ratings run from " + RatingScale.range() + ".");
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
