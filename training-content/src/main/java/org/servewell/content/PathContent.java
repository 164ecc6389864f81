package org.servewell.content;

import java.util.List;

/**
 * An onboarding path: the courses a new colleague takes, each due some days after their
 * start date.
 *
 * @param id stable identifier
 * @param title shown to learners and HR
 * @param summary one or two sentences on the path
 * @param audience who the path is for
 * @param courses the courses in the order they are taken
 */
public record PathContent(String id, String title, String summary, String audience, List<PathCourse> courses) {

	public PathContent {
		courses = List.copyOf(courses);
	}

	/**
	 * One course of a path.
	 *
	 * @param course the course id
	 * @param dueAfterDays days after the person's start date that the course is due, 0 or
	 * more
	 */
	public record PathCourse(String course, int dueAfterDays) {
	}

}
