package org.servewell.learning;

import java.time.LocalDate;

/**
 * A course on a learner's "My learning" page.
 *
 * @param courseCode the course's id
 * @param title its title
 * @param summary what it teaches
 * @param pathCode the path it was assigned through, or null
 * @param dueDate when it is due, or null
 * @param overdue past its due date and not complete
 * @param lessonsRead lessons read in the version the learner is on
 * @param lessonCount lessons in that version
 * @param state where the learner stands
 * @param bestScore best submitted score so far, or null
 * @param completionId the completion (with its certificate), or null
 * @param progressPercent lessons read plus a passed quiz, as a percentage
 * @param fromHiring whether it was added at hiring, for a trait the interviews found weak
 * @param withdrawal why and when the learner's last completion of the course was
 * withdrawn, while no completion has taken its place; otherwise null
 */
public record LearnerCourse(String courseCode, String title, String summary, String pathCode, LocalDate dueDate,
		boolean overdue, int lessonsRead, int lessonCount, CourseState state, Integer bestScore, Long completionId,
		int progressPercent, boolean fromHiring, Withdrawal withdrawal) {

	/**
	 * A withdrawn certificate as its learner is told about it.
	 *
	 * @param withdrawnOn the day it was withdrawn
	 * @param reason why, in the words of the person who withdrew it
	 */
	public record Withdrawal(LocalDate withdrawnOn, String reason) {
	}

	/** Where a learner stands in a course. */
	public enum CourseState {

		NOT_STARTED, READING, QUIZ_IN_PROGRESS, QUIZ_FAILED, NO_ATTEMPTS_LEFT, COMPLETE

	}

}
