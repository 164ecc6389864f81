package org.servewell.hiring;

import java.util.List;

/**
 * What a hire created: the employee, the one-time link with which they set their
 * password, and what was done for their weakest traits.
 *
 * @param personId the new employee's id
 * @param displayName their name
 * @param email their sign-in name
 * @param passwordLinkToken the token of their one-time password link, shown to HR once
 * @param passwordLink the whole link, at the configured public address
 * @param audience the audience of the onboarding path(s) the assignment rules gave them,
 * such as "New front-line hires", which decides the courses that fit them; {@code null}
 * when no path matched their department and job role
 * @param traitCourses the two weakest traits, each with the course added for it or why
 * none was
 */
public record HireResult(long personId, String displayName, String email, String passwordLinkToken, String passwordLink,
		String audience, List<TraitCourse> traitCourses) {

	public HireResult {
		traitCourses = List.copyOf(traitCourses);
	}

	/** What the hand-over did for a weak trait. */
	public enum Outcome {

		/** A course that fits the hire's role and trains the trait was added. */
		ADDED,

		/**
		 * Every course that fits the hire's role and trains the trait is assigned
		 * already, usually by their onboarding path.
		 */
		ASSIGNED_ALREADY,

		/**
		 * No course that fits the hire's role trains the trait; those that train it are
		 * for another audience, such as team leads.
		 */
		NO_FITTING_COURSE,

		/** No course in the catalogue trains the trait. */
		NO_COURSE

	}

	/**
	 * A weak trait and what was done for it.
	 *
	 * @param traitName the trait
	 * @param mean the panel's mean rating of it
	 * @param outcome whether a course was added, and if not, why
	 * @param courseCode the course added, or {@code null}
	 * @param courseTitle the course's title, or {@code null}
	 */
	public record TraitCourse(String traitName, double mean, Outcome outcome, String courseCode, String courseTitle) {

		/** Whether a course was added for the trait. */
		public boolean added() {
			return this.outcome == Outcome.ADDED;
		}

	}

}
