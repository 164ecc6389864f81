package org.servewell.webhooks.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.servewell.webhooks.DeliveryStatus;
import org.servewell.webhooks.WebhookLimits;

/**
 * One event to send to one webhook: a row of the outbox, written in the transaction of
 * the change it tells about and sent later by the delivery job.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

	/** Longest payload: MEDIUMTEXT on MySQL, a long VARCHAR on H2. */
	public static final int PAYLOAD_LENGTH = 1_000_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "webhook_id", nullable = false, updatable = false)
	private long webhookId;

	@Column(name = "event_type", nullable = false, length = 40, updatable = false)
	private String eventType;

	@Column(name = "event_id", nullable = false, length = 36, updatable = false)
	private String eventId;

	@Column(name = "payload", nullable = false, length = PAYLOAD_LENGTH, updatable = false)
	private String payload;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 20)
	private DeliveryStatus status;

	@Column(name = "attempts", nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;

	@Column(name = "last_status_code")
	private Integer lastStatusCode;

	@Column(name = "last_error", length = WebhookLimits.ERROR_LENGTH)
	private String lastError;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "delivered_at")
	private Instant deliveredAt;

	protected WebhookDelivery() {
	}

	public WebhookDelivery(long webhookId, String eventType, UUID eventId, String payload, Instant createdAt) {
		this.webhookId = webhookId;
		this.eventType = eventType;
		this.eventId = eventId.toString();
		this.payload = payload;
		this.status = DeliveryStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = createdAt;
		this.createdAt = createdAt;
	}

	/** The receiver accepted it with a 2xx status. */
	public void delivered(int statusCode, Instant now) {
		this.attempts++;
		this.status = DeliveryStatus.DELIVERED;
		this.lastStatusCode = statusCode;
		this.lastError = null;
		this.deliveredAt = now;
		this.nextAttemptAt = null;
	}

	/**
	 * An attempt failed: the next is due at {@code retryAt}, or, when that is null, the
	 * delivery is given up.
	 */
	public void attemptFailed(Integer statusCode, String error, Instant retryAt) {
		this.attempts++;
		this.lastStatusCode = statusCode;
		this.lastError = (error.length() > WebhookLimits.ERROR_LENGTH)
				? error.substring(0, WebhookLimits.ERROR_LENGTH - 1) + "…" : error;
		this.nextAttemptAt = retryAt;
		this.status = (retryAt != null) ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
	}

	/** Gives up without sending, for example because its webhook was deactivated. */
	public void abandon(String reason) {
		this.status = DeliveryStatus.FAILED;
		this.lastError = reason;
		this.nextAttemptAt = null;
	}

	/** Starts a new round of attempts, due at once. */
	public void sendAgain(Instant now) {
		this.status = DeliveryStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getWebhookId() {
		return this.webhookId;
	}

	public String getEventType() {
		return this.eventType;
	}

	public UUID getEventId() {
		return UUID.fromString(this.eventId);
	}

	public String getPayload() {
		return this.payload;
	}

	public DeliveryStatus getStatus() {
		return this.status;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public Integer getLastStatusCode() {
		return this.lastStatusCode;
	}

	public String getLastError() {
		return this.lastError;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getDeliveredAt() {
		return this.deliveredAt;
	}

}
