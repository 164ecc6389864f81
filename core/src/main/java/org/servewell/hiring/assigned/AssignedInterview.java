package org.servewell.hiring.assigned;

/**
 * An interview still waiting for its interviewer's scorecard, without the candidate's
 * personal data.
 *
 * @param interviewId the interview
 * @param interviewerId the person assigned
 * @param position the position the candidate applied for
 * @param kitTitle the interview kit the interviewer rates with
 */
public record AssignedInterview(long interviewId, long interviewerId, String position, String kitTitle) {

}
