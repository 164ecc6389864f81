package org.servewell.catalog.bank;

import java.util.List;

/**
 * An onboarding path and its courses with their due days.
 *
 * @param id the path's id
 * @param code the content id
 * @param title shown to learners
 * @param courses the courses in order
 */
public record BankPath(long id, String code, String title, List<Step> courses) {

	/**
	 * @param courseId the course's id
	 * @param courseCode the course's content id
	 * @param dueAfterDays due this many days after the person's start date
	 */
	public record Step(long courseId, String courseCode, int dueAfterDays) {
	}

}
