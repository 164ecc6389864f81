package org.servewell.webhooks;

import java.time.Instant;
import java.util.UUID;

/**
 * One event's delivery to one webhook, as the administrators' list shows it.
 *
 * @param id the delivery's id
 * @param webhookId the webhook
 * @param webhookName its name
 * @param eventType the event's wire name, such as {@code course.completed}
 * @param eventId the event's id, the same in every attempt (receivers use it to ignore
 * repeats)
 * @param status where it stands
 * @param attempts how many attempts were made in the current round
 * @param nextAttemptAt when the next attempt is due, or null when none is
 * @param lastStatusCode the receiver's last HTTP status, or null when it never answered
 * @param lastError what went wrong last, or null
 * @param createdAt when the event happened
 * @param deliveredAt when the receiver accepted it, or null
 */
public record DeliverySummary(long id, long webhookId, String webhookName, String eventType, UUID eventId,
		DeliveryStatus status, int attempts, Instant nextAttemptAt, Integer lastStatusCode, String lastError,
		Instant createdAt, Instant deliveredAt) {

	/** Whether an administrator may send it again. */
	public boolean canBeSentAgain() {
		return this.status == DeliveryStatus.FAILED;
	}

}
