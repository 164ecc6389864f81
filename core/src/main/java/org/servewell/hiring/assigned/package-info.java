/**
 * Interviews as they stand now, for jobs that tell interviewers of them (reminders). It
 * checks no roles: its callers are scheduled jobs, not users. It gives no personal data
 * of candidates, and the web module's allowed dependencies leave it out.
 */
@org.springframework.modulith.NamedInterface("assigned")
package org.servewell.hiring.assigned;
