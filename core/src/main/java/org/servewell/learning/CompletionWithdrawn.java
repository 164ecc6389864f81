package org.servewell.learning;

import java.time.Instant;

/**
 * HR or an administrator withdrew a course's completion (and with it its certificate and
 * any badge issued for it). Published inside the transaction that records the withdrawal
 * (docs/decisions/0004), so a listener that fails undoes it. Not published for the path
 * completions withdrawn along with it.
 *
 * @param completionId the completion withdrawn, which is also the certificate's id
 * @param personId the learner
 * @param courseId the course
 * @param at when it was withdrawn
 * @param certificateNumber the number printed on the certificate
 * @param courseTitle the title of the course as completed
 */
public record CompletionWithdrawn(long completionId, long personId, long courseId, Instant at, String certificateNumber,
		String courseTitle) {
}
