package org.servewell.reminders;

import java.time.Instant;

/**
 * One in-app notice, as its recipient sees it in the header's bell.
 *
 * @param id the notice
 * @param kind what it is about
 * @param topic the course's title or the position interviewed for; null for a team digest
 * and for notices recorded before topics were kept
 * @param link the path of the page to act on (such as {@code /course/first-time}), or
 * null when none is known
 * @param createdAt when it was recorded
 * @param read whether its recipient has read it
 */
public record Notice(long id, NotificationKind kind, String topic, String link, Instant createdAt, boolean read) {

}
