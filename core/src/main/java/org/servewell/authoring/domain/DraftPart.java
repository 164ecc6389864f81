package org.servewell.authoring.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.servewell.people.PersonLimits;

/**
 * What every separately edited part of a draft keeps: its version, to refuse a stale
 * save, and who changed it last and when, to say so.
 */
@MappedSuperclass
public abstract class DraftPart {

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false, length = PersonLimits.DISPLAY_NAME_LENGTH)
	private String updatedBy;

	protected void touched(String who, Instant when) {
		this.updatedBy = who;
		this.updatedAt = when;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

}
