package org.servewell.catalog.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import org.servewell.catalog.CatalogLimits;
import org.servewell.content.ContentLanguage;
import org.servewell.content.ContentLimits;
import org.servewell.content.QuizSettings;
import org.servewell.people.PersonLimits;

/**
 * One published, immutable version of a course. A new version is added when the content
 * changes; older versions stay for the attempts that use them.
 */
@Entity
@Table(name = "course_version")
public class CourseVersion {

	/** A SHA-256 in hex: computed, never typed. */
	private static final int HASH_LENGTH = 64;

	/** Longest origin name stored: a code, not text a person types. */
	private static final int ORIGIN_LENGTH = 20;

	/** Where a version came from. */
	public enum Origin {

		/** The content bundled with Servewell (or an operator's content folder). */
		BUNDLED,

		/** Published from the authoring studio. */
		STUDIO

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "course_id", nullable = false)
	private Course course;

	@Column(name = "version_number", nullable = false)
	private int versionNumber;

	@Column(name = "title", nullable = false, length = ContentLimits.MAX_TITLE_LENGTH)
	private String title;

	@Column(name = "summary", nullable = false, length = ContentLimits.MAX_SUMMARY_LENGTH)
	private String summary;

	@Column(name = "audience", nullable = false, length = ContentLimits.MAX_AUDIENCE_LENGTH)
	private String audience;

	@Column(name = "estimated_minutes", nullable = false)
	private int estimatedMinutes;

	@Column(name = "content_hash", nullable = false, length = HASH_LENGTH)
	private String contentHash;

	@Enumerated(EnumType.STRING)
	@Column(name = "origin", nullable = false, length = ORIGIN_LENGTH)
	private Origin origin;

	@Column(name = "renew_after_months", nullable = false)
	private int renewAfterMonths;

	@Column(name = "published_at", nullable = false)
	private Instant publishedAt;

	@Column(name = "published_by", length = PersonLimits.DISPLAY_NAME_LENGTH)
	private String publishedBy;

	@Column(name = "change_note", length = CatalogLimits.CHANGE_NOTE_LENGTH)
	private String changeNote;

	@Column(name = "retired_at")
	private Instant retiredAt;

	@Column(name = "retired_by", length = PersonLimits.DISPLAY_NAME_LENGTH)
	private String retiredBy;

	@Column(name = "language", nullable = false, length = ContentLanguage.MAX_LENGTH)
	private String language = ContentLanguage.DEFAULT;

	/** The words in other languages, by language tag. */
	@ElementCollection
	@CollectionTable(name = "course_version_translation", joinColumns = @JoinColumn(name = "course_version_id"))
	@MapKeyColumn(name = "language", length = ContentLanguage.MAX_LENGTH)
	@BatchSize(size = 100)
	private Map<String, Words.Course> translations = new HashMap<>();

	@OneToMany(mappedBy = "courseVersion", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("lessonNumber")
	private List<Lesson> lessons = new ArrayList<>();

	/**
	 * Null only on versions published before quizzes were stored, which have no
	 * scenarios.
	 */
	@Embedded
	private Quiz quiz;

	@OneToMany(mappedBy = "courseVersion", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("scenarioNumber")
	private List<Scenario> scenarios = new ArrayList<>();

	protected CourseVersion() {
	}

	public CourseVersion(Course course, int versionNumber, String title, String summary, String audience,
			int estimatedMinutes, String contentHash, Origin origin, QuizSettings quiz) {
		this.course = course;
		this.versionNumber = versionNumber;
		this.title = title;
		this.summary = summary;
		this.audience = audience;
		this.estimatedMinutes = estimatedMinutes;
		this.contentHash = contentHash;
		this.origin = origin;
		this.renewAfterMonths = 0;
		this.quiz = (quiz != null) ? Quiz.of(quiz) : null;
		this.publishedAt = Instant.now();
	}

	/**
	 * Appends a lesson; lessons are numbered in the order they are added.
	 * @param sources the essay points it teaches, as "essay#point"
	 */
	public void addLesson(String lessonKey, String title, String markdown, List<String> sources) {
		this.lessons.add(new Lesson(this, this.lessons.size() + 1, lessonKey, title, markdown, sources));
	}

	/** Records who published the version from the studio and why. */
	public void publishedBy(String who, String note, Instant when) {
		this.publishedBy = who;
		this.changeNote = note;
		this.publishedAt = when;
	}

	/** No new attempts start on a retired version; attempts in progress finish on it. */
	public void retire(String who, Instant when) {
		if (this.retiredAt == null) {
			this.retiredAt = when;
			this.retiredBy = who;
		}
	}

	public Origin getOrigin() {
		return this.origin;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

	public String getChangeNote() {
		return this.changeNote;
	}

	public Instant getRetiredAt() {
		return this.retiredAt;
	}

	public String getRetiredBy() {
		return this.retiredBy;
	}

	public boolean isRetired() {
		return this.retiredAt != null;
	}

	/**
	 * Appends a scenario to the bank; scenarios are numbered in the order they are added.
	 * @param traits the traits it exercises, in the order the content lists them
	 */
	public Scenario addScenario(String scenarioKey, String title, String situationMarkdown, String prompt,
			String sourceEssay, String sourcePoint, List<ServiceTrait> traits) {
		Scenario scenario = new Scenario(this, this.scenarios.size() + 1, scenarioKey, title, situationMarkdown, prompt,
				sourceEssay, sourcePoint, traits);
		this.scenarios.add(scenario);
		return scenario;
	}

	/**
	 * Whether the version carries its quiz and scenario bank; those published before they
	 * were stored do not, and the content loader replaces them with a complete version.
	 */
	public boolean hasScenarioBank() {
		return this.quiz != null && !this.scenarios.isEmpty();
	}

	public Long getId() {
		return this.id;
	}

	public Course getCourse() {
		return this.course;
	}

	public int getVersionNumber() {
		return this.versionNumber;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getAudience() {
		return this.audience;
	}

	public int getEstimatedMinutes() {
		return this.estimatedMinutes;
	}

	public String getContentHash() {
		return this.contentHash;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public List<Lesson> getLessons() {
		return List.copyOf(this.lessons);
	}

	/** Months after which a completion expires; 0 for never. */
	public int getRenewAfterMonths() {
		return this.renewAfterMonths;
	}

	/**
	 * Sets the renewal period while the version is being published; published versions do
	 * not change.
	 */
	public void setRenewAfterMonths(int months) {
		this.renewAfterMonths = months;
	}

	/**
	 * How the version's quiz is drawn and passed; empty on versions published before
	 * quizzes were stored.
	 */
	public Optional<QuizSettings> getQuiz() {
		return Optional.ofNullable(this.quiz).map(Quiz::toSettings);
	}

	public List<Scenario> getScenarios() {
		return List.copyOf(this.scenarios);
	}

	/** Adds the words in another language. */
	public void translate(String language, Words.Course words) {
		this.translations.put(language, words);
	}

	/** The words in another language, if this has them. */
	public Optional<Words.Course> translation(String language) {
		return Optional.ofNullable(this.translations.get(language));
	}

	/** Every language this has words in besides the original. */
	public Set<String> getTranslatedLanguages() {
		return Collections.unmodifiableSet(this.translations.keySet());
	}

	/** The language the version is written in, such as "en". */
	public String getLanguage() {
		return this.language;
	}

	/** Sets the language the version is written in. */
	public void setLanguage(String language) {
		this.language = language;
	}

}
