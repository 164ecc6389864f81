package org.servewell.learning;

import java.time.Instant;

/**
 * A learner began a new attempt at a course's quiz (not published when an attempt in
 * progress is resumed). Published inside the transaction that saves the attempt
 * (docs/decisions/0004).
 *
 * @param attemptId the attempt
 * @param personId the learner
 * @param courseCode the course's code in the catalogue
 * @param courseTitle the title of the version the attempt is drawn from
 * @param attemptNumber 1 for the learner's first attempt at the course, and so on
 * @param language the language of the version's words, such as "en"
 * @param startedAt when
 */
public record QuizAttemptStarted(long attemptId, long personId, String courseCode, String courseTitle,
		int attemptNumber, String language, Instant startedAt) {
}
