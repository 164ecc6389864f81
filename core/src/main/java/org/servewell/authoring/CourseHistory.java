package org.servewell.authoring;

import org.servewell.audit.AuditTrail;

import org.springframework.stereotype.Component;

/**
 * Records the studio's changes to a course in the audit trail, under the course's
 * subject.
 */
@Component
class CourseHistory {

	private final AuditTrail audit;

	CourseHistory(AuditTrail audit) {
		this.audit = audit;
	}

	/** Records an action on the course, with a sentence saying what was done. */
	void record(String courseCode, String action, String detail) {
		this.audit.record(action, new CourseAuditSubject(courseCode).text(), detail);
	}

}
