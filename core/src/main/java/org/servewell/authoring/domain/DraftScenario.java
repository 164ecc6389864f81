package org.servewell.authoring.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.servewell.authoring.DraftLimits;
import org.servewell.catalog.CatalogLimits;
import org.servewell.content.EssayCitation;
import org.servewell.content.OptionContent;
import org.servewell.content.ScenarioContent;

/**
 * A scenario of a draft's bank, kept as typed: the content reader says what is missing.
 */
@Entity
@Table(name = "draft_scenario")
public class DraftScenario extends DraftPart implements CourseDraft.Positioned {

	/** Longest prompt a draft scenario keeps. */
	public static final int PROMPT_LENGTH = 4000;

	/** Longest list of trait ids, comma-separated, a draft scenario keeps. */
	public static final int TRAITS_LENGTH = 1000;

	/** Longest essay name or point id a draft scenario keeps. */
	public static final int SOURCE_LENGTH = 200;

	/** Longest option text a draft keeps. */
	public static final int OPTION_TEXT_LENGTH = 4000;

	/** Longest option feedback a draft keeps. */
	public static final int FEEDBACK_LENGTH = 8000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "draft_id", nullable = false, updatable = false)
	private CourseDraft draft;

	@Column(name = "position", nullable = false)
	private int position;

	@Column(name = "scenario_key", nullable = false, length = DraftLimits.KEY_LENGTH)
	private String scenarioKey;

	@Column(name = "title", nullable = false, length = DraftLimits.TITLE_LENGTH)
	private String title;

	/**
	 * MEDIUMTEXT on MySQL, a long VARCHAR on H2: the same migration validates on both.
	 */
	@Column(name = "situation_markdown", nullable = false, length = CatalogLimits.MARKDOWN_LENGTH)
	private String situationMarkdown;

	@Column(name = "prompt", nullable = false, length = PROMPT_LENGTH)
	private String prompt;

	/** Trait ids, comma-separated. */
	@Column(name = "traits", nullable = false, length = TRAITS_LENGTH)
	private String traits;

	@Column(name = "source_essay", length = SOURCE_LENGTH)
	private String sourceEssay;

	@Column(name = "source_point", length = SOURCE_LENGTH)
	private String sourcePoint;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "draft_option", joinColumns = @JoinColumn(name = "draft_scenario_id"))
	@OrderColumn(name = "option_number")
	private List<Option> options = new ArrayList<>();

	protected DraftScenario() {
	}

	DraftScenario(CourseDraft draft, int position, Content content, String who, Instant when) {
		this.draft = draft;
		this.position = position;
		write(content, who, when);
	}

	public void write(Content content, String who, Instant when) {
		this.scenarioKey = content.key();
		this.title = content.title();
		this.situationMarkdown = content.situation();
		this.prompt = content.prompt();
		this.traits = String.join(",", content.traits());
		this.sourceEssay = content.sourceEssay();
		this.sourcePoint = content.sourcePoint();
		this.options.clear();
		this.options.addAll(content.options());
		touched(who, when);
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

	public Content getContent() {
		return new Content(this.scenarioKey, this.title, this.situationMarkdown, this.prompt,
				this.traits.isBlank() ? List.of() : List.of(this.traits.split(",")), this.sourceEssay, this.sourcePoint,
				List.copyOf(this.options));
	}

	/**
	 * A scenario as the editor holds it.
	 *
	 * @param key the scenario id
	 * @param title short name
	 * @param situation Markdown
	 * @param prompt the question
	 * @param traits trait ids
	 * @param sourceEssay the essay cited, or null
	 * @param sourcePoint the essay point cited, or null
	 * @param options the responses
	 */
	public record Content(String key, String title, String situation, String prompt, List<String> traits,
			String sourceEssay, String sourcePoint, List<Option> options) {

		public Content {
			traits = List.copyOf(traits);
			options = List.copyOf(options);
		}

		/** A scenario as content holds it, with or without a source yet. */
		public static Content of(ScenarioContent scenario) {
			return new Content(scenario.id(), scenario.title(), scenario.situation(), scenario.prompt(),
					scenario.traits(), (scenario.source() != null) ? scenario.source().essay() : null,
					(scenario.source() != null) ? scenario.source().point() : null,
					scenario.options()
						.stream()
						.map((option) -> new Option(option.text(), option.rating(), option.feedback()))
						.toList());
		}

		/** The scenario as content, to be written in the content format. */
		public ScenarioContent asScenario() {
			return new ScenarioContent(this.key, this.title, this.situation, this.prompt, this.traits,
					(this.sourceEssay != null) ? new EssayCitation(this.sourceEssay, this.sourcePoint) : null,
					this.options.stream()
						.map((option) -> new OptionContent(option.text(), option.rating(), option.feedback()))
						.toList());
		}

	}

	/**
	 * One response of a draft scenario.
	 *
	 * @param text what the person does
	 * @param rating 1-4, or 0 when not rated yet
	 * @param feedback why
	 */
	@Embeddable
	public record Option(@Column(name = "option_text", nullable = false, length = OPTION_TEXT_LENGTH) String text,
			@Column(name = "rating", nullable = false) int rating,
			@Column(name = "feedback", nullable = false, length = FEEDBACK_LENGTH) String feedback) {
	}

}
