package org.servewell.reminders.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.servewell.reminders.NotificationKind;
import org.servewell.reminders.NotificationStatus;

/**
 * A notification a rule decided to send, recorded before it is sent: the unique key on
 * recipient, kind, assignment and period makes it go out at most once. The same row is
 * the recipient's in-app notice, mailed or not.
 */
@Entity
@Table(name = "notification")
public class Notification {

	/** Longest enum name stored. */
	private static final int CODE_LENGTH = 20;

	/** Longest period key: a date, an ISO week, a date and a week number. */
	public static final int PERIOD_KEY_LENGTH = 40;

	/** Longest failure reason kept; longer ones are cut. */
	public static final int ERROR_LENGTH = 500;

	/** Longest topic (a course title, a position) and link kept. */
	public static final int TOPIC_LENGTH = 200;

	/** The assignment id a manager's digest is recorded with: it is about a team. */
	public static final long NO_ASSIGNMENT = 0;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "recipient_id", nullable = false, updatable = false)
	private long recipientId;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = CODE_LENGTH, updatable = false)
	private NotificationKind kind;

	@Column(name = "assignment_id", nullable = false, updatable = false)
	private long assignmentId;

	@Column(name = "period_key", nullable = false, length = PERIOD_KEY_LENGTH, updatable = false)
	private String periodKey;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = CODE_LENGTH)
	private NotificationStatus status;

	@Column(name = "attempts", nullable = false)
	private int attempts;

	@Column(name = "last_error", length = ERROR_LENGTH)
	private String lastError;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "last_attempt_at")
	private Instant lastAttemptAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "topic", length = TOPIC_LENGTH, updatable = false)
	private String topic;

	@Column(name = "link_path", length = TOPIC_LENGTH, updatable = false)
	private String linkPath;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	/**
	 * A notification to be mailed now ({@code PENDING}), later ({@code QUEUED}), or only
	 * shown in the app ({@code NOT_MAILED}, with {@code reason}).
	 */
	public Notification(long recipientId, NotificationKind kind, long assignmentId, String periodKey, String topic,
			String linkPath, NotificationStatus status, String reason, Instant now) {
		this.recipientId = recipientId;
		this.kind = kind;
		this.assignmentId = assignmentId;
		this.periodKey = periodKey;
		this.topic = cut(topic);
		this.linkPath = cut(linkPath);
		this.status = status;
		this.lastError = reason;
		this.createdAt = now;
	}

	private static String cut(String text) {
		return (text != null && text.length() > TOPIC_LENGTH) ? text.substring(0, TOPIC_LENGTH) : text;
	}

	/** Its recipient read it in the app; the first time counts. */
	public void read(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

	/** The SMTP server accepted it. */
	public void sent(Instant now) {
		this.attempts++;
		this.status = NotificationStatus.SENT;
		this.lastAttemptAt = now;
		this.sentAt = now;
		this.lastError = null;
	}

	/** The SMTP server refused it or did not answer. */
	public void failed(String error, Instant now) {
		this.attempts++;
		this.status = NotificationStatus.FAILED;
		this.lastAttemptAt = now;
		this.lastError = error(error);
	}

	/** A send's error as the record keeps it: cut to the column's length. */
	public static String error(String error) {
		return (error == null) ? "Unknown error"
				: (error.length() > ERROR_LENGTH) ? error.substring(0, ERROR_LENGTH) : error;
	}

	/** Not to be sent after all. */
	public void skipped(String reason, Instant now) {
		this.status = NotificationStatus.SKIPPED;
		this.lastAttemptAt = now;
		this.lastError = reason;
	}

	/** The notification's unique key: recipient, kind, assignment and period. */
	public NotificationKey key() {
		return new NotificationKey(this.recipientId, this.kind, this.assignmentId, this.periodKey);
	}

	public Long getId() {
		return this.id;
	}

	public long getRecipientId() {
		return this.recipientId;
	}

	public NotificationKind getKind() {
		return this.kind;
	}

	public long getAssignmentId() {
		return this.assignmentId;
	}

	public String getPeriodKey() {
		return this.periodKey;
	}

	public NotificationStatus getStatus() {
		return this.status;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public String getLastError() {
		return this.lastError;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

	public Instant getLastAttemptAt() {
		return this.lastAttemptAt;
	}

	public String getTopic() {
		return this.topic;
	}

	public String getLinkPath() {
		return this.linkPath;
	}

	public Instant getReadAt() {
		return this.readAt;
	}

}
