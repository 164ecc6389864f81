package org.servewell.learning;

import java.time.Instant;

/**
 * A learner read a lesson for the first time in a course version. Published inside the
 * transaction that records it (docs/decisions/0004), so that what listeners write commits
 * or rolls back with the lesson read; not published when the lesson was read before.
 *
 * @param personId the learner
 * @param courseVersionId the version the lesson belongs to
 * @param courseCode the course's code in the catalogue
 * @param courseTitle the version's title, in its own language
 * @param lessonNumber the lesson's number, 1-based
 * @param lessonTitle the lesson's title
 * @param language the language of the version's words, such as "en"
 * @param readAt when
 */
public record LessonMarkedRead(long personId, long courseVersionId, String courseCode, String courseTitle,
		int lessonNumber, String lessonTitle, String language, Instant readAt) {
}
