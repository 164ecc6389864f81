package org.servewell.authoring.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.servewell.content.ContentLimits;

/**
 * Who keyed a published version: the trainers who keyed it beside its author, or nobody
 * (a single author's key), and whether its ratings are the panel's rounded means.
 */
@Entity
@Table(name = "course_version_key")
public class CourseVersionKey {

	/** Longest list of keyers' names, one a line, kept with a version. */
	public static final int KEYED_BY_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "course_code", nullable = false, length = ContentLimits.MAX_ID_LENGTH, updatable = false)
	private String courseCode;

	@Column(name = "version_number", nullable = false, updatable = false)
	private int versionNumber;

	/** The keyers' names, one a line; empty for a single author's key. */
	@Column(name = "keyed_by", nullable = false, length = KEYED_BY_LENGTH, updatable = false)
	private String keyedBy;

	@Column(name = "single_author", nullable = false, updatable = false)
	private boolean singleAuthor;

	@Column(name = "matches_panel", nullable = false, updatable = false)
	private boolean matchesPanel;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected CourseVersionKey() {
	}

	public CourseVersionKey(String courseCode, int versionNumber, List<String> keyers, boolean matchesPanel,
			Instant when) {
		this.courseCode = courseCode;
		this.versionNumber = versionNumber;
		String names = String.join("\n", keyers);
		this.keyedBy = (names.length() > KEYED_BY_LENGTH) ? names.substring(0, KEYED_BY_LENGTH) : names;
		this.singleAuthor = keyers.isEmpty();
		this.matchesPanel = matchesPanel;
		this.recordedAt = when;
	}

	public String getCourseCode() {
		return this.courseCode;
	}

	public int getVersionNumber() {
		return this.versionNumber;
	}

	public List<String> getKeyers() {
		return this.keyedBy.isEmpty() ? List.of() : List.of(this.keyedBy.split("\n"));
	}

	public boolean isSingleAuthor() {
		return this.singleAuthor;
	}

	public boolean isMatchesPanel() {
		return this.matchesPanel;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

}
