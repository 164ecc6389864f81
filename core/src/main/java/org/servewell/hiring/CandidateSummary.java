package org.servewell.hiring;

import java.time.Instant;

/**
 * A candidate in HR's list.
 *
 * @param id the candidate's id
 * @param fullName the name
 * @param position the position applied for
 * @param status new, interviewing or decided
 * @param decision the standing decision, or {@code null}
 * @param interviewers how many interviewers are assigned
 * @param submitted how many of them submitted their scorecard
 * @param createdAt when HR added the candidate
 */
public record CandidateSummary(long id, String fullName, String position, CandidateStatus status, Decision decision,
		int interviewers, int submitted, Instant createdAt) {

}
