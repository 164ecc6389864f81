/**
 * Open course assignments by due date, for jobs that remind people (reminders). It checks
 * no roles: its callers are scheduled jobs, not users. The web module's allowed
 * dependencies leave it out.
 */
@org.springframework.modulith.NamedInterface("due")
package org.servewell.learning.due;
