package org.servewell.audit;

import java.time.Instant;

/**
 * One recorded action.
 *
 * @param occurredAt when
 * @param actor who, as "Name <email>"
 * @param action what kind of action, such as {@code DRAFT_STARTED} or {@code PUBLISHED}
 * @param subject what it was done to, such as {@code course first-time-every-time}
 * @param detail what changed, in plain words
 */
public record AuditEntry(Instant occurredAt, String actor, String action, String subject, String detail) {
}
