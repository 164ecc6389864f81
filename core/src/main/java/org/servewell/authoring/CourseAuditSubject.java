package org.servewell.authoring;

import java.util.Optional;

/**
 * The audit trail's subject for a course: what the studio records its changes under, and
 * how a screen of the trail finds the course an entry is about.
 *
 * @param courseCode the course
 */
public record CourseAuditSubject(String courseCode) {

	/** How an audit subject about a course starts. */
	private static final String PREFIX = "course ";

	/** The subject as the audit trail records it. */
	public String text() {
		return PREFIX + this.courseCode;
	}

	/**
	 * The course an audit subject is about, or empty when the subject is not a course.
	 */
	public static Optional<CourseAuditSubject> parse(String subject) {
		return (subject != null && subject.startsWith(PREFIX) && subject.length() > PREFIX.length())
				? Optional.of(new CourseAuditSubject(subject.substring(PREFIX.length()))) : Optional.empty();
	}

}
