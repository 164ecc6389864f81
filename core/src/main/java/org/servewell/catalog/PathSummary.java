package org.servewell.catalog;

import java.util.List;

/**
 * An onboarding path with its courses.
 *
 * @param code the path's stable id
 * @param title shown to learners and HR
 * @param summary one or two sentences on the path
 * @param audience who the path is for
 * @param courses the courses in the order they are taken
 */
public record PathSummary(String code, String title, String summary, String audience, List<PathCourse> courses) {

	public PathSummary {
		courses = List.copyOf(courses);
	}

	/**
	 * One course of a path.
	 *
	 * @param courseCode the course's stable id
	 * @param courseTitle the title of the course's newest version
	 * @param dueAfterDays days after the person's start date that the course is due
	 */
	public record PathCourse(String courseCode, String courseTitle, int dueAfterDays) {
	}

}
