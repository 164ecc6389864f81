package org.servewell.learning;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.servewell.people.PersonLimits;

/**
 * An assignment rule as a trainer or HR enters it: who (department and/or job role) gets
 * what (a path or a course).
 *
 * @param department a department name, or blank for any department
 * @param jobRole a job role, or blank for any job role
 * @param pathCode an onboarding path's id, or blank when the rule gives a course
 * @param courseCode a course's id, or blank when the rule gives a path
 * @param dueAfterDays for a single course: due this many days after the person's start
 * date
 */
public record RuleForm(
		@Size(max = PersonLimits.DEPARTMENT_NAME_LENGTH,
				message = "A department name has at most " + PersonLimits.DEPARTMENT_NAME_LENGTH
						+ " characters.") String department,
		@Size(max = PersonLimits.JOB_ROLE_LENGTH,
				message = "A job role has at most " + PersonLimits.JOB_ROLE_LENGTH + " characters.") String jobRole,
		String pathCode, String courseCode,
		@Min(value = 0, message = "Days until due cannot be negative.") @Max(value = 365,
				message = "Days until due is at most 365.") int dueAfterDays) {
}
