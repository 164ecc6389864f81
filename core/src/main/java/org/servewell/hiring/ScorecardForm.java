package org.servewell.hiring;

import java.util.List;

/**
 * What an interviewer has written on a scorecard so far. A draft may leave anything
 * empty; a submission needs every trait rated and a recommendation.
 *
 * @param entries one per trait of the kit, in any order
 * @param recommendation strong no to strong yes, or {@code null} while undecided
 * @param overallNote what the interviewer wants HR to know, possibly empty
 */
public record ScorecardForm(List<Entry> entries, Recommendation recommendation, String overallNote) {

	/** Longest evidence note or overall note. */
	public static final int MAX_NOTE_LENGTH = HiringLimits.SCORECARD_NOTE_LENGTH;

	public ScorecardForm {
		entries = List.copyOf(entries);
	}

	/**
	 * One trait's rating and evidence.
	 *
	 * @param traitCode the trait's id in the kit
	 * @param rating 1-5, or {@code null} while not rated
	 * @param evidence what the candidate said or did, possibly empty
	 */
	public record Entry(String traitCode, Integer rating, String evidence) {

	}

}
