package org.servewell.xapi.domain;

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
import org.servewell.xapi.StatementStatus;
import org.servewell.xapi.XapiLimits;

/**
 * One xAPI statement to send to the LRS: a row of the outbox, written in the transaction
 * of the learning it records and sent later by the delivery job. The payload is the
 * statement as it is sent, so every attempt sends the same bytes with the same id.
 */
@Entity
@Table(name = "xapi_statement")
public class QueuedStatement {

	/** Longest payload: MEDIUMTEXT on MySQL, a long VARCHAR on H2. */
	public static final int PAYLOAD_LENGTH = 1_000_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "statement_id", nullable = false, length = 36, updatable = false)
	private String statementId;

	@Column(name = "verb", nullable = false, length = 40, updatable = false)
	private String verb;

	@Column(name = "payload", nullable = false, length = PAYLOAD_LENGTH, updatable = false)
	private String payload;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 20)
	private StatementStatus status;

	@Column(name = "attempts", nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;

	@Column(name = "last_status_code")
	private Integer lastStatusCode;

	@Column(name = "last_error", length = XapiLimits.ERROR_LENGTH)
	private String lastError;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "delivered_at")
	private Instant deliveredAt;

	protected QueuedStatement() {
	}

	public QueuedStatement(UUID statementId, String verb, String payload, Instant createdAt) {
		this.statementId = statementId.toString();
		this.verb = verb;
		this.payload = payload;
		this.status = StatementStatus.PENDING;
		this.attempts = 0;
		this.nextAttemptAt = createdAt;
		this.createdAt = createdAt;
	}

	/** The LRS stored it, or answered that it had it already (409). */
	public void delivered(int statusCode, Instant now) {
		this.attempts++;
		this.status = StatementStatus.DELIVERED;
		this.lastStatusCode = statusCode;
		this.lastError = null;
		this.deliveredAt = now;
		this.nextAttemptAt = null;
	}

	/**
	 * An attempt failed: the next is due at {@code retryAt}, or, when that is null, the
	 * statement is given up.
	 */
	public void attemptFailed(Integer statusCode, String error, Instant retryAt) {
		this.attempts++;
		this.lastStatusCode = statusCode;
		this.lastError = (error.length() > XapiLimits.ERROR_LENGTH)
				? error.substring(0, XapiLimits.ERROR_LENGTH - 1) + "…" : error;
		this.nextAttemptAt = retryAt;
		this.status = (retryAt != null) ? StatementStatus.PENDING : StatementStatus.FAILED;
	}

	public Long getId() {
		return this.id;
	}

	public UUID getStatementId() {
		return UUID.fromString(this.statementId);
	}

	public String getVerb() {
		return this.verb;
	}

	public String getPayload() {
		return this.payload;
	}

	public StatementStatus getStatus() {
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
