package org.servewell.reminders.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Which reminder mails one person wants. A person without a row wants them all.
 */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

	@Id
	@Column(name = "person_id")
	private Long personId;

	@Column(name = "due_soon", nullable = false)
	private boolean dueSoon;

	@Column(name = "due_today", nullable = false)
	private boolean dueToday;

	@Column(name = "overdue", nullable = false)
	private boolean overdue;

	@Column(name = "team_digest", nullable = false)
	private boolean teamDigest;

	@Column(name = "interview_assigned", nullable = false)
	private boolean interviewAssigned;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected NotificationPreference() {
	}

	public NotificationPreference(long personId) {
		this.personId = personId;
	}

	/** Keeps the person's choices. */
	public void choose(boolean dueSoon, boolean dueToday, boolean overdue, boolean teamDigest,
			boolean interviewAssigned, Instant now) {
		this.dueSoon = dueSoon;
		this.dueToday = dueToday;
		this.overdue = overdue;
		this.teamDigest = teamDigest;
		this.interviewAssigned = interviewAssigned;
		this.updatedAt = now;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public boolean isDueSoon() {
		return this.dueSoon;
	}

	public boolean isDueToday() {
		return this.dueToday;
	}

	public boolean isOverdue() {
		return this.overdue;
	}

	public boolean isTeamDigest() {
		return this.teamDigest;
	}

	public boolean isInterviewAssigned() {
		return this.interviewAssigned;
	}

}
