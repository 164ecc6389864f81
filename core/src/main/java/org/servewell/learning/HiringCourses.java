package org.servewell.learning;

import java.util.List;

/**
 * What the hire hand-over did for a new employee's weakest interview traits, in courses
 * that fit their role.
 *
 * @param audience the audience of the onboarding path(s) the assignment rules gave them
 * when they were hired, such as "New front-line hires", which decided the courses that
 * fit them; {@code null} when no path matched their department and job role, or when no
 * trait was rated
 * @param traitCourses the weakest traits, the weakest first, each with the course added
 * for it or why none was; empty when the panel had rated nothing
 */
public record HiringCourses(String audience, List<TraitCourse> traitCourses) {

	public HiringCourses {
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
