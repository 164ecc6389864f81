package org.servewell.catalog.domain;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import org.servewell.catalog.CatalogLimits;
import org.servewell.content.ContentLanguage;
import org.servewell.content.ContentLimits;

/**
 * One lesson of a course version, as Markdown.
 */
@Entity
@Table(name = "lesson")
public class Lesson {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "course_version_id", nullable = false)
	private CourseVersion courseVersion;

	@Column(name = "lesson_number", nullable = false)
	private int lessonNumber;

	@Column(name = "lesson_key", nullable = false, length = ContentLimits.MAX_ID_LENGTH)
	private String lessonKey;

	@Column(name = "title", nullable = false, length = ContentLimits.MAX_TITLE_LENGTH)
	private String title;

	/**
	 * MEDIUMTEXT on MySQL, a long VARCHAR on H2: the same migration validates on both.
	 */
	@Column(name = "body_markdown", nullable = false, length = CatalogLimits.MARKDOWN_LENGTH)
	private String bodyMarkdown;

	@Column(name = "sources", length = CatalogLimits.SOURCES_LENGTH)
	private String sources;

	/** The words in other languages, by language tag. */
	@ElementCollection
	@CollectionTable(name = "lesson_translation", joinColumns = @JoinColumn(name = "lesson_id"))
	@MapKeyColumn(name = "language", length = ContentLanguage.MAX_LENGTH)
	@BatchSize(size = 100)
	private Map<String, Words.Lesson> translations = new HashMap<>();

	protected Lesson() {
	}

	Lesson(CourseVersion courseVersion, int lessonNumber, String lessonKey, String title, String bodyMarkdown,
			List<String> sources) {
		this.courseVersion = courseVersion;
		this.lessonNumber = lessonNumber;
		this.lessonKey = lessonKey;
		this.title = title;
		this.bodyMarkdown = bodyMarkdown;
		this.sources = String.join("\n", sources);
	}

	/** The essay points the lesson teaches, as "essay#point"; empty when not recorded. */
	public List<String> getSources() {
		return (this.sources == null || this.sources.isBlank()) ? List.of() : List.of(this.sources.split("\n"));
	}

	/** Records the sources of a lesson imported before they were stored. */
	public boolean fillInSources(List<String> sources) {
		if (this.sources != null) {
			return false;
		}
		this.sources = String.join("\n", sources);
		return true;
	}

	public int getLessonNumber() {
		return this.lessonNumber;
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

	/** Adds the words in another language. */
	public void translate(String language, Words.Lesson words) {
		this.translations.put(language, words);
	}

	/** The words in another language, if this has them. */
	public Optional<Words.Lesson> translation(String language) {
		return Optional.ofNullable(this.translations.get(language));
	}

	/** Every language this has words in besides the original. */
	public Set<String> getTranslatedLanguages() {
		return Collections.unmodifiableSet(this.translations.keySet());
	}

}
