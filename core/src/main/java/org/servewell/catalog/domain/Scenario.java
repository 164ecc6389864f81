package org.servewell.catalog.domain;

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
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import org.servewell.catalog.CatalogLimits;
import org.servewell.content.ContentLanguage;
import org.servewell.content.ContentLimits;

/**
 * One situational-judgement item of a course version's scenario bank. Immutable like its
 * version: attempts refer to it and its options by id.
 */
@Entity
@Table(name = "scenario")
public class Scenario {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "course_version_id", nullable = false)
	private CourseVersion courseVersion;

	@Column(name = "scenario_number", nullable = false)
	private int scenarioNumber;

	/** The id from the content files, such as {@code late-evening-caller}. */
	@Column(name = "scenario_key", nullable = false, length = ContentLimits.MAX_ID_LENGTH)
	private String scenarioKey;

	@Column(name = "title", nullable = false, length = ContentLimits.MAX_TITLE_LENGTH)
	private String title;

	/**
	 * MEDIUMTEXT on MySQL, a long VARCHAR on H2: the same migration validates on both.
	 */
	@Column(name = "situation_markdown", nullable = false, length = CatalogLimits.MARKDOWN_LENGTH)
	private String situationMarkdown;

	@Column(name = "prompt", nullable = false, length = ContentLimits.MAX_PROMPT_LENGTH)
	private String prompt;

	/** The words in other languages, by language tag. */
	@ElementCollection
	@CollectionTable(name = "scenario_translation", joinColumns = @JoinColumn(name = "scenario_id"))
	@MapKeyColumn(name = "language", length = ContentLanguage.MAX_LENGTH)
	@BatchSize(size = 100)
	private Map<String, Words.Scenario> translations = new HashMap<>();

	@Column(name = "source_essay", nullable = false, length = ContentLimits.MAX_ESSAY_NAME_LENGTH)
	private String sourceEssay;

	@Column(name = "source_point", nullable = false, length = ContentLimits.MAX_ID_LENGTH)
	private String sourcePoint;

	@ManyToMany
	@JoinTable(name = "scenario_trait", joinColumns = @JoinColumn(name = "scenario_id"),
			inverseJoinColumns = @JoinColumn(name = "trait_id"))
	@OrderColumn(name = "trait_number")
	private List<ServiceTrait> traits = new ArrayList<>();

	@OneToMany(mappedBy = "scenario", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("optionNumber")
	private List<ScenarioOption> options = new ArrayList<>();

	protected Scenario() {
	}

	Scenario(CourseVersion courseVersion, int scenarioNumber, String scenarioKey, String title,
			String situationMarkdown, String prompt, String sourceEssay, String sourcePoint,
			List<ServiceTrait> traits) {
		this.courseVersion = courseVersion;
		this.scenarioNumber = scenarioNumber;
		this.scenarioKey = scenarioKey;
		this.title = title;
		this.situationMarkdown = situationMarkdown;
		this.prompt = prompt;
		this.sourceEssay = sourceEssay;
		this.sourcePoint = sourcePoint;
		this.traits.addAll(traits);
	}

	/** Appends a response option; options keep the order they are added in. */
	public void addOption(String text, int rating, String feedback) {
		this.options.add(new ScenarioOption(this, this.options.size() + 1, text, rating, feedback));
	}

	public Long getId() {
		return this.id;
	}

	public int getScenarioNumber() {
		return this.scenarioNumber;
	}

	public String getScenarioKey() {
		return this.scenarioKey;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSituationMarkdown() {
		return this.situationMarkdown;
	}

	public String getPrompt() {
		return this.prompt;
	}

	public String getSourceEssay() {
		return this.sourceEssay;
	}

	public String getSourcePoint() {
		return this.sourcePoint;
	}

	public List<ServiceTrait> getTraits() {
		return List.copyOf(this.traits);
	}

	public List<ScenarioOption> getOptions() {
		return List.copyOf(this.options);
	}

	/** Adds the words in another language. */
	public void translate(String language, Words.Scenario words) {
		this.translations.put(language, words);
	}

	/** The words in another language, if this has them. */
	public Optional<Words.Scenario> translation(String language) {
		return Optional.ofNullable(this.translations.get(language));
	}

	/** Every language this has words in besides the original. */
	public Set<String> getTranslatedLanguages() {
		return Collections.unmodifiableSet(this.translations.keySet());
	}

}
