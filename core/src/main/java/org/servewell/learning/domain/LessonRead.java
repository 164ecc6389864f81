package org.servewell.learning.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A lesson a learner has read in a course version.
 */
@Entity
@Table(name = "lesson_read")
public class LessonRead {

	@EmbeddedId
	private Key key;

	@Column(name = "read_at", nullable = false)
	private Instant readAt;

	protected LessonRead() {
	}

	public LessonRead(long personId, long courseVersionId, int lessonNumber) {
		this.key = new Key(personId, courseVersionId, lessonNumber);
		this.readAt = Instant.now();
	}

	public Key getKey() {
		return this.key;
	}

	public Instant getReadAt() {
		return this.readAt;
	}

	/** Person, course version and lesson number. */
	@Embeddable
	public record Key(@Column(name = "person_id") long personId,
			@Column(name = "course_version_id") long courseVersionId,
			@Column(name = "lesson_number") int lessonNumber) implements Serializable {
	}

}
