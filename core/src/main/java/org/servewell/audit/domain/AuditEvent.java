package org.servewell.audit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.servewell.audit.AuditLimits;

/**
 * A recorded action; never changed once written.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(name = "actor", nullable = false, length = AuditLimits.ACTOR_LENGTH, updatable = false)
	private String actor;

	@Column(name = "action", nullable = false, length = AuditLimits.ACTION_LENGTH, updatable = false)
	private String action;

	@Column(name = "subject", nullable = false, length = AuditLimits.SUBJECT_LENGTH, updatable = false)
	private String subject;

	@Column(name = "detail", nullable = false, length = AuditLimits.DETAIL_LENGTH, updatable = false)
	private String detail;

	protected AuditEvent() {
	}

	public AuditEvent(Instant occurredAt, String actor, String action, String subject, String detail) {
		this.occurredAt = occurredAt;
		this.actor = cut(actor, 200);
		this.action = cut(action, 40);
		this.subject = cut(subject, 200);
		this.detail = cut(detail, AuditLimits.DETAIL_LENGTH);
	}

	private static String cut(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length - 1) + "…";
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAction() {
		return this.action;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getDetail() {
		return this.detail;
	}

}
