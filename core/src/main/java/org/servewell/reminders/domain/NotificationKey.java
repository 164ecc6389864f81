package org.servewell.reminders.domain;

import org.servewell.reminders.NotificationKind;

/**
 * What makes a notification once only: the table's unique key.
 *
 * @param recipientId who
 * @param kind which rule
 * @param assignmentId about which assignment ({@link Notification#NO_ASSIGNMENT} for a
 * digest)
 * @param periodKey for which period
 */
public record NotificationKey(long recipientId, NotificationKind kind, long assignmentId, String periodKey) {

}
