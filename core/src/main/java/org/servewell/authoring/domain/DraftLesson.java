package org.servewell.authoring.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.servewell.authoring.DraftLimits;
import org.servewell.catalog.CatalogLimits;

/**
 * A lesson of a draft.
 */
@Entity
@Table(name = "draft_lesson")
public class DraftLesson extends DraftPart implements CourseDraft.Positioned {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "draft_id", nullable = false, updatable = false)
	private CourseDraft draft;

	@Column(name = "position", nullable = false)
	private int position;

	@Column(name = "lesson_key", nullable = false, length = DraftLimits.KEY_LENGTH)
	private String lessonKey;

	@Column(name = "title", nullable = false, length = DraftLimits.TITLE_LENGTH)
	private String title;

	/**
	 * MEDIUMTEXT on MySQL, a long VARCHAR on H2: the same migration validates on both.
	 */
	@Column(name = "body_markdown", nullable = false, length = CatalogLimits.MARKDOWN_LENGTH)
	private String bodyMarkdown;

	/** The essay points taught, as "essay#point", one per line. */
	@Column(name = "sources", nullable = false, length = CatalogLimits.SOURCES_LENGTH)
	private String sources;

	protected DraftLesson() {
	}

	DraftLesson(CourseDraft draft, int position, String key, String title, String markdown, List<String> sources,
			String who, Instant when) {
		this.draft = draft;
		this.position = position;
		write(key, title, markdown, sources, who, when);
	}

	public void write(String key, String title, String markdown, List<String> sources, String who, Instant when) {
		this.lessonKey = key;
		this.title = title;
		this.bodyMarkdown = markdown;
		this.sources = String.join("\n", sources);
		touched(who, when);
	}

	void placeAt(int position) {
		this.position = position;
	}

	@Override
	public int position() {
		return this.position;
	}

	public Long getId() {
		return this.id;
	}

	public CourseDraft getDraft() {
		return this.draft;
	}

	public String getLessonKey() {
		return this.lessonKey;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBodyMarkdown() {
		return this.bodyMarkdown;
	}

	public List<String> getSources() {
		return this.sources.isBlank() ? List.of() : List.of(this.sources.split("\n"));
	}

}
