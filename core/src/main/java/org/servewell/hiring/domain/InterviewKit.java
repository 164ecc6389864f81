package org.servewell.hiring.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.servewell.content.ContentLimits;
import org.servewell.hiring.KitOrigin;

/**
 * An interview kit as it lives across its versions; a scorecard always uses one
 * {@link InterviewKitVersion}.
 */
@Entity
@Table(name = "interview_kit")
public class InterviewKit {

	/** Longest origin name stored: a code, not text a person types. */
	private static final int ORIGIN_LENGTH = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	/**
	 * The id from the content files, such as {@code front-line-service}, or one made for
	 * a custom kit, such as {@code custom-front-line-service-3f9a2c}.
	 */
	@Column(name = "code", nullable = false, length = ContentLimits.MAX_ID_LENGTH)
	private String code;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "origin", nullable = false, length = ORIGIN_LENGTH)
	private KitOrigin origin;

	/** Who copied a custom kit; none for a bundled one. */
	@Column(name = "created_by")
	private Long createdBy;

	/** When HR retired the kit: no new interviews use it. */
	@Column(name = "retired_at")
	private Instant retiredAt;

	protected InterviewKit() {
	}

	/** A kit bundled with the training content. */
	public InterviewKit(String code) {
		this.code = code;
		this.origin = KitOrigin.CONTENT;
		this.createdAt = Instant.now();
	}

	private InterviewKit(String code, long createdBy, Instant createdAt) {
		this.code = code;
		this.origin = KitOrigin.CUSTOM;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** A kit HR copied and may adjust. */
	public static InterviewKit custom(String code, long createdBy, Instant createdAt) {
		return new InterviewKit(code, createdBy, createdAt);
	}

	public void retire(Instant when) {
		if (this.retiredAt == null) {
			this.retiredAt = when;
		}
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public KitOrigin getOrigin() {
		return this.origin;
	}

	public boolean isCustom() {
		return this.origin == KitOrigin.CUSTOM;
	}

	public Long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public boolean isRetired() {
		return this.retiredAt != null;
	}

}
