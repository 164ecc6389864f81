package org.servewell.hiring;

import java.time.Instant;

/**
 * An interview the signed-in person is assigned to.
 *
 * @param interviewId the interview's id
 * @param candidateName the candidate's name
 * @param position the position applied for
 * @param kitTitle the kit to rate with
 * @param assignedAt when HR assigned it
 * @param submitted whether the scorecard is submitted
 */
public record MyInterview(long interviewId, String candidateName, String position, String kitTitle, Instant assignedAt,
		boolean submitted) {

}
