package org.servewell.learning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A learner completed a course (its lessons read and its quiz passed). Published inside
 * the transaction that records the completion, so that listeners act all or nothing with
 * it (docs/decisions/0004): a listener that fails undoes the completion, and a completion
 * rolled back leaves no trace in what listeners wrote. Not published for a path's
 * completion, nor again for a course already complete.
 *
 * @param completionId the completion, which is also the certificate's id
 * @param personId the learner
 * @param courseId the course
 * @param courseCode the course's code in the catalogue
 * @param courseTitle the title of the version completed
 * @param completedAt when
 * @param certificateNumber the number printed on the certificate
 * @param expiresOn the last day the completion counts, or {@code null} when it does not
 * expire
 * @param language the language the version, and so {@code courseTitle}, is written in
 */
public record CourseCompleted(long completionId, long personId, long courseId, String courseCode, String courseTitle,
		Instant completedAt, String certificateNumber, LocalDate expiresOn, String language) {
}
