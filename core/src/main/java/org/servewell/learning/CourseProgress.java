package org.servewell.learning;

/**
 * How the people assigned a course are getting on.
 *
 * @param courseCode the course's id
 * @param title its title
 * @param assigned people assigned
 * @param notStarted assigned, nothing read or attempted
 * @param inProgress started, not complete
 * @param complete completed
 * @param expired completed once, expired since and due again
 * @param overdue past their due date, neither complete nor expired
 */
public record CourseProgress(String courseCode, String title, int assigned, int notStarted, int inProgress,
		int complete, int expired, int overdue) {
}
