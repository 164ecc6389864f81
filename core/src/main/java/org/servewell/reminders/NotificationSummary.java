package org.servewell.reminders;

import java.time.Instant;

/**
 * One notification, as administrators see it.
 *
 * @param id the notification
 * @param recipientId who it is for
 * @param recipientName their name now, or "(unknown)"
 * @param kind the rule that sent it
 * @param assignmentId the course assignment it is about, or 0 for a digest
 * @param periodKey the period it covers (a due date, an overdue week, an ISO week)
 * @param status where it stands
 * @param attempts how many times sending was tried
 * @param lastError why the last attempt failed, or null
 * @param createdAt when a rule decided to send it
 * @param sentAt when the SMTP server accepted it, or null
 */
public record NotificationSummary(long id, long recipientId, String recipientName, NotificationKind kind,
		long assignmentId, String periodKey, NotificationStatus status, int attempts, String lastError,
		Instant createdAt, Instant sentAt) {

}
