package org.servewell.reminders.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What administrators decide about reminders for everyone; the table's one row.
 */
@Entity
@Table(name = "reminder_policy")
public class ReminderPolicy {

	/** The id of the one row. */
	public static final int ID = 1;

	@Id
	@Column(name = "id")
	private Integer id;

	@Column(name = "overdue_mandatory", nullable = false)
	private boolean overdueMandatory;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private Long updatedBy;

	protected ReminderPolicy() {
	}

	/** Makes overdue reminders mandatory, or leaves them to each person. */
	public void overdueMandatory(boolean mandatory, long by, Instant now) {
		this.overdueMandatory = mandatory;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	public boolean isOverdueMandatory() {
		return this.overdueMandatory;
	}

}
