package org.servewell.hiring;

import java.util.List;

/**
 * What a hire created: the employee, the one-time link with which they set their
 * password, and the courses added for their weakest traits.
 *
 * @param personId the new employee's id
 * @param displayName their name
 * @param email their sign-in name
 * @param passwordLinkToken the token of their one-time password link, shown to HR once
 * @param passwordLink the whole link, at the configured public address
 * @param traitCourses the two weakest traits, each with the course added for it, or none
 * when every course that trains it is assigned already
 */
public record HireResult(long personId, String displayName, String email, String passwordLinkToken, String passwordLink,
		List<TraitCourse> traitCourses) {

	public HireResult {
		traitCourses = List.copyOf(traitCourses);
	}

	/**
	 * A weak trait and the course added for it.
	 *
	 * @param traitName the trait
	 * @param mean the panel's mean rating of it
	 * @param courseCode the course's id, or {@code null} when every course that trains
	 * the trait is assigned already (by the onboarding path, say)
	 * @param courseTitle the course's title, or {@code null}
	 */
	public record TraitCourse(String traitName, double mean, String courseCode, String courseTitle) {

		/** Whether a course was added for the trait. */
		public boolean added() {
			return this.courseCode != null;
		}

	}

}
