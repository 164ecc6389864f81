package org.servewell.hiring.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.servewell.content.ContentLimits;

/**
 * An interview kit as it lives across its versions; a scorecard always uses one
 * {@link InterviewKitVersion}.
 */
@Entity
@Table(name = "interview_kit")
public class InterviewKit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	/** The id from the content files, such as {@code front-line-service}. */
	@Column(name = "code", nullable = false, length = ContentLimits.MAX_ID_LENGTH)
	private String code;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected InterviewKit() {
	}

	public InterviewKit(String code) {
		this.code = code;
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

}
