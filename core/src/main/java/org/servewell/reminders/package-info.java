/**
 * Reminders by email and in the app: to a learner before, on and after a course's due
 * date, a weekly digest to each manager of their team's overdue training, and to an
 * interviewer when HR assigns them to a candidate. A scheduled job, run by one instance
 * at a time (ShedLock), records every notification before sending it, so that each goes
 * out at most once per rule and period; a failed send is retried on later runs. Each
 * record is also its recipient's in-app notice; mails go out only while an SMTP host is
 * configured ({@code spring.mail.host}) and only of the kinds the person chose
 * (docs/decisions/0012, 0016).
 */
// Open assignments by due date come from learning's unchecked "due" interface (the job
// has no user); interviewers' assignments from hiring's event (its API) and its unchecked
// "assigned" interface; the administrators' list of notifications names recipients from
// people's directory and checks roles with people's constants.
@org.springframework.modulith.ApplicationModule(displayName = "Reminders", allowedDependencies = { "learning :: due",
		"hiring", "hiring :: assigned", "people", "people :: directory", "shared" })
package org.servewell.reminders;
