package org.servewell.hiring;

import java.time.LocalDate;
import java.util.List;

/**
 * A candidate was hired: the employee exists under People and the decision is recorded.
 * Published inside the hiring decision's transaction; listeners react synchronously in it
 * (learning adds the courses for the weakest traits), so that a failing listener undoes
 * the whole hire (docs/decisions/0009-hire-hand-over-as-an-event.md).
 *
 * @param candidateId the candidate hired
 * @param personId the new employee's id
 * @param startDate their first day
 * @param coursesDue when the courses added for their weakest traits are due
 * @param jobRole the job role they were hired into, possibly {@code null}
 * @param weakestTraits the panel's weakest traits, the weakest first; empty when no
 * scorecard was submitted
 */
public record CandidateHired(long candidateId, long personId, LocalDate startDate, LocalDate coursesDue, String jobRole,
		List<WeakTrait> weakestTraits) {

	public CandidateHired {
		weakestTraits = List.copyOf(weakestTraits);
	}

	/**
	 * A trait the panel rated the hire lowest on.
	 *
	 * @param traitCode the trait's id in the catalogue
	 * @param traitName its name
	 * @param mean the panel's mean rating of it
	 */
	public record WeakTrait(String traitCode, String traitName, double mean) {
	}

}
