package org.servewell.web.api;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;

import org.servewell.people.PersonLimits;

/**
 * Assigns a course or a path to a person, or a course to everyone in a department.
 *
 * @param personId the person, or null when a department is given
 * @param department the department's name, or null when a person is given
 * @param courseCode the course, or null when a path is given
 * @param pathCode the onboarding path (for a person only), or null when a course is given
 * @param dueDate when a course is due; null for no due date (a path's courses are due
 * their days after the person's start date)
 */
record AssignmentRequest(Long personId,
		@Size(max = PersonLimits.DEPARTMENT_NAME_LENGTH,
				message = "A department name has at most " + PersonLimits.DEPARTMENT_NAME_LENGTH
						+ " characters.") String department,
		@Size(max = 100, message = "A course code has at most 100 characters.") String courseCode,
		@Size(max = 100, message = "A path code has at most 100 characters.") String pathCode, LocalDate dueDate) {

	@JsonIgnore
	@AssertTrue(message = "Give either personId or department, not both.")
	boolean isPersonOrDepartment() {
		return (this.personId == null) != (this.department == null || this.department.isBlank());
	}

	@JsonIgnore
	@AssertTrue(message = "Give either courseCode or pathCode, not both.")
	boolean isCourseOrPath() {
		return (this.courseCode == null || this.courseCode.isBlank()) != (this.pathCode == null
				|| this.pathCode.isBlank());
	}

	@JsonIgnore
	@AssertTrue(message = "A path is assigned to one person: give personId, not department.")
	boolean isPathForOnePerson() {
		return this.pathCode == null || this.pathCode.isBlank() || this.department == null;
	}

}
