package org.servewell.learning;

import java.time.LocalDate;

/**
 * An onboarding path on a learner's "My learning" page.
 *
 * @param pathCode the path's id
 * @param title its title
 * @param coursesComplete how many of its courses are complete
 * @param courseCount how many courses it has
 * @param dueDate when its last course is due
 * @param completionId the path's completion (with its certificate), or null
 */
public record LearnerPath(String pathCode, String title, int coursesComplete, int courseCount, LocalDate dueDate,
		Long completionId) {

	/** Percentage of its courses complete. */
	public int progressPercent() {
		return (this.courseCount == 0) ? 0 : 100 * this.coursesComplete / this.courseCount;
	}

}
