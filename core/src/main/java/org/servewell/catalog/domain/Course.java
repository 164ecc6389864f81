package org.servewell.catalog.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.servewell.content.ContentLimits;

/**
 * A course as it lives across its versions; what learners see is always one
 * {@link CourseVersion}.
 */
@Entity
@Table(name = "course")
public class Course {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	/** The stable id from the content files, such as {@code first-time-every-time}. */
	@Column(name = "code", nullable = false, length = ContentLimits.MAX_ID_LENGTH)
	private String code;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Course() {
	}

	public Course(String code) {
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
