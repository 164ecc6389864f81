package org.servewell.hiring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The document a candidate's data is exported as: what HR entered, every interview with
 * every scorecard revision, every decision. Field names are the JSON's.
 *
 * @param exportedAt when the document was made
 * @param candidate what HR entered, and what became of the candidate
 * @param interviews every interviewer assigned, oldest first
 * @param decisions every decision, oldest first
 */
record CandidateData(Instant exportedAt, Details candidate, List<InterviewEntry> interviews,
		List<DecisionEntry> decisions) {

	record Details(long id, String fullName, String email, String position, String source, String notes,
			LocalDate consentDate, CandidateStatus status, Instant createdAt, Instant updatedAt, Long hiredPersonId,
			Instant erasedAt, String erasureReason) {

	}

	record InterviewEntry(String interviewer, String kitTitle, int kitVersion, Instant assignedAt,
			List<ScorecardEntry> scorecards) {

	}

	/**
	 * One revision: 0 is the original (a draft while not submitted), later ones amend it.
	 */
	record ScorecardEntry(int revision, Recommendation recommendation, String overallNote, String amendmentReason,
			List<RatingEntry> ratings, Instant savedAt, Instant submittedAt) {

	}

	record RatingEntry(String trait, Integer rating, String evidence) {

	}

	record DecisionEntry(Decision decision, String reason, String decidedBy, Instant decidedAt) {

	}

}
