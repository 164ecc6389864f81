/**
 * Reminders by email: to a learner before, on and after a course's due date, and a weekly
 * digest to each manager of their team's overdue training. A scheduled job, run by one
 * instance at a time (ShedLock), records every notification before sending it, so that
 * each goes out at most once per rule and period; a failed send is retried on later runs.
 * Off unless an SMTP host is configured ({@code spring.mail.host}).
 */
// Open assignments by due date come from learning's unchecked "due" interface (the job
// has
// no user); the administrators' list of notifications names recipients from people's
// directory and checks roles with people's constants.
@org.springframework.modulith.ApplicationModule(displayName = "Reminders",
		allowedDependencies = { "learning :: due", "people", "people :: directory", "shared" })
package org.servewell.reminders;
