package org.servewell.hiring;

/**
 * HR assigned an interviewer to a candidate. Published inside the assignment's
 * transaction, so that a listener's record of it commits (or rolls back) with the
 * assignment. It carries no personal data of the candidate: listeners that tell the
 * interviewer link to the scorecard, where the name shows after signing in.
 *
 * @param interviewId the new interview, the interviewer's scorecard
 * @param candidateId the candidate
 * @param interviewerId the person assigned
 * @param position the position the candidate applied for
 * @param kitTitle the interview kit the interviewer rates with
 */
public record InterviewerAssigned(long interviewId, long candidateId, long interviewerId, String position,
		String kitTitle) {

}
