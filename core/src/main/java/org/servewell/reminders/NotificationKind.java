package org.servewell.reminders;

/**
 * What a notification is about: the rule that sent it.
 */
public enum NotificationKind {

	/** To a learner: a course is due within the configured number of days. */
	DUE_SOON,

	/** To a learner: a course is due today. */
	DUE_TODAY,

	/** To a learner: a course is overdue (weekly, a bounded number of times). */
	OVERDUE,

	/** To a manager: the weekly list of their team's overdue training. */
	TEAM_DIGEST,

	/** To an interviewer: HR assigned them to a candidate. */
	INTERVIEW_ASSIGNED

}
