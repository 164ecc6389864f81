package org.servewell.hiring.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.servewell.content.ContentLimits;
import org.servewell.content.InterviewKitContent.QuestionKind;

/**
 * One interview question of a kit trait, with its follow-up probes and what strong and
 * weak answers sound like.
 */
@Entity
@Table(name = "kit_question")
public class KitQuestion {

	/** Longest kind name stored: a code, not text a person types. */
	private static final int KIND_LENGTH = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "kit_trait_id", nullable = false)
	private KitTrait kitTrait;

	@Column(name = "question_number", nullable = false)
	private int questionNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = KIND_LENGTH)
	private QuestionKind kind;

	@Column(name = "question_text", nullable = false, length = ContentLimits.MAX_STATEMENT_LENGTH)
	private String text;

	@ElementCollection
	@CollectionTable(name = "kit_question_probe", joinColumns = @JoinColumn(name = "question_id"))
	@OrderColumn(name = "probe_number")
	@Column(name = "probe", nullable = false, length = ContentLimits.MAX_PROBE_LENGTH)
	private List<String> probes = new ArrayList<>();

	@Column(name = "strong_answer", nullable = false, length = ContentLimits.MAX_EXPLANATION_LENGTH)
	private String strongAnswer;

	@Column(name = "weak_answer", nullable = false, length = ContentLimits.MAX_EXPLANATION_LENGTH)
	private String weakAnswer;

	protected KitQuestion() {
	}

	KitQuestion(KitTrait kitTrait, int questionNumber, QuestionKind kind, String text, List<String> probes,
			String strongAnswer, String weakAnswer) {
		this.kitTrait = kitTrait;
		this.questionNumber = questionNumber;
		this.kind = kind;
		this.text = text;
		this.probes.addAll(probes);
		this.strongAnswer = strongAnswer;
		this.weakAnswer = weakAnswer;
	}

	public Long getId() {
		return this.id;
	}

	public QuestionKind getKind() {
		return this.kind;
	}

	public String getText() {
		return this.text;
	}

	public List<String> getProbes() {
		return List.copyOf(this.probes);
	}

	public String getStrongAnswer() {
		return this.strongAnswer;
	}

	public String getWeakAnswer() {
		return this.weakAnswer;
	}

}
