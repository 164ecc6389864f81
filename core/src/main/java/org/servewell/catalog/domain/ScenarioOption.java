package org.servewell.catalog.domain;

import java.util.Collections;
import java.util.HashMap;
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

import org.servewell.content.ContentLanguage;
import org.servewell.content.ContentLimits;

/**
 * One response a learner can choose in a scenario, with its effectiveness rating (1 =
 * makes it worse ... 4 = the best response) and the feedback that explains it.
 */
@Entity
@Table(name = "scenario_option")
public class ScenarioOption {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "scenario_id", nullable = false)
	private Scenario scenario;

	@Column(name = "option_number", nullable = false)
	private int optionNumber;

	@Column(name = "option_text", nullable = false, length = ContentLimits.MAX_STATEMENT_LENGTH)
	private String text;

	@Column(name = "rating", nullable = false)
	private int rating;

	@Column(name = "feedback", nullable = false, length = ContentLimits.MAX_EXPLANATION_LENGTH)
	private String feedback;

	/** The words in other languages, by language tag. */
	@ElementCollection
	@CollectionTable(name = "scenario_option_translation", joinColumns = @JoinColumn(name = "option_id"))
	@MapKeyColumn(name = "language", length = ContentLanguage.MAX_LENGTH)
	@BatchSize(size = 100)
	private Map<String, Words.Option> translations = new HashMap<>();

	protected ScenarioOption() {
	}

	ScenarioOption(Scenario scenario, int optionNumber, String text, int rating, String feedback) {
		this.scenario = scenario;
		this.optionNumber = optionNumber;
		this.text = text;
		this.rating = rating;
		this.feedback = feedback;
	}

	public Long getId() {
		return this.id;
	}

	public int getOptionNumber() {
		return this.optionNumber;
	}

	public String getText() {
		return this.text;
	}

	public int getRating() {
		return this.rating;
	}

	public String getFeedback() {
		return this.feedback;
	}

	/** Adds the words in another language. */
	public void translate(String language, Words.Option words) {
		this.translations.put(language, words);
	}

	/** The words in another language, if this has them. */
	public Optional<Words.Option> translation(String language) {
		return Optional.ofNullable(this.translations.get(language));
	}

	/** Every language this has words in besides the original. */
	public Set<String> getTranslatedLanguages() {
		return Collections.unmodifiableSet(this.translations.keySet());
	}

}
