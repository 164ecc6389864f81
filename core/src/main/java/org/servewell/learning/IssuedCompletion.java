package org.servewell.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A completion as a credential describes it: what was achieved, by whom and when it
 * counts. For a course, the version completed, in the language asked for where that
 * version is translated.
 *
 * @param completionId the completion, which is also the certificate
 * @param personId the learner
 * @param learnerEmail the learner's address at the time of asking, or {@code null} when
 * the person is gone
 * @param course the course completed, or {@code null} for a path
 * @param pathCode the path completed, or {@code null} for a course
 * @param achievement the title of the course or path, as completed
 * @param completedAt when
 * @param expiresOn the first day the completion no longer counts, or {@code null}
 * @param withdrawnAt when it was withdrawn, or {@code null}
 * @param certificateNumber the number printed on the certificate
 */
public record IssuedCompletion(long completionId, long personId, String learnerEmail, Course course, String pathCode,
		String achievement, Instant completedAt, LocalDate expiresOn, Instant withdrawnAt, String certificateNumber) {

	/** What was achieved, without who achieved it. */
	public Achievement what() {
		return new Achievement(this.achievement, this.course, this.pathCode);
	}

	/**
	 * What a completion achieves, the same for everyone who completes it.
	 *
	 * @param name the title of the course or path
	 * @param course the course version, or {@code null} for a path
	 * @param pathCode the path, or {@code null} for a course
	 */
	public record Achievement(String name, Course course, String pathCode) {
	}

	/**
	 * The course version completed.
	 *
	 * @param code the course's stable id
	 * @param versionNumber the version completed
	 * @param summary what the course teaches
	 * @param language the language the words are in
	 * @param lessonCount lessons to read
	 * @param scenarioCount scenarios the quiz draws
	 * @param passMark the quiz's pass mark in percent
	 * @param traits names of the service traits the quiz's scenarios exercise
	 */
	public record Course(String code, int versionNumber, String summary, String language, int lessonCount,
			int scenarioCount, int passMark, List<String> traits) {

		public Course {
			traits = List.copyOf(traits);
		}

	}

}
