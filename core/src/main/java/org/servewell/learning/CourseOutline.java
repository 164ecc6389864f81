package org.servewell.learning;

import java.util.List;

import org.servewell.content.QuizSettings;

/**
 * A course as the player shows it: its lessons with what has been read, and the quiz.
 *
 * @param courseCode the course's id
 * @param title its title
 * @param versionNumber the version the learner is on
 * @param lessons its lessons in order
 * @param quiz the quiz and the learner's standing in it
 * @param completionId the completion, or null
 */
public record CourseOutline(String courseCode, String title, int versionNumber, List<LessonStep> lessons, QuizStep quiz,
		Long completionId) {

	/** The first lesson not yet read, or 0 when all are read. */
	public int nextLesson() {
		return this.lessons.stream()
			.filter((lesson) -> !lesson.read())
			.mapToInt(LessonStep::number)
			.findFirst()
			.orElse(0);
	}

	/** Whether every lesson has been read. */
	public boolean allLessonsRead() {
		return this.lessons.stream().allMatch(LessonStep::read);
	}

	/**
	 * @param number 1-based
	 * @param title the lesson's title
	 * @param read whether the learner has read it
	 */
	public record LessonStep(int number, String title, boolean read) {
	}

	/**
	 * @param settings how the version's quiz is drawn and passed
	 * @param attemptsUsed attempts submitted or started
	 * @param inProgressAttemptId the open attempt, or null
	 * @param passed whether an attempt has passed
	 * @param bestScore best submitted score, or null
	 */
	public record QuizStep(QuizSettings settings, int attemptsUsed, Long inProgressAttemptId, boolean passed,
			Integer bestScore) {

		/** Whether a new attempt may be started. */
		public boolean canStart() {
			return this.inProgressAttemptId == null && !this.passed
					&& this.attemptsUsed < this.settings.attemptsAllowed();
		}

	}

}
