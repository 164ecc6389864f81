package org.servewell.hiring.domain;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.servewell.content.ContentLimits;
import org.servewell.content.InterviewKitContent.QuestionKind;

/**
 * A service trait as one kit version rates it: how much it counts and the questions that
 * draw it out. The trait is named by its code; its definition and anchors belong to the
 * catalogue's trait model.
 */
@Entity
@Table(name = "kit_trait")
public class KitTrait {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "kit_version_id", nullable = false)
	private InterviewKitVersion kitVersion;

	@Column(name = "trait_number", nullable = false)
	private int traitNumber;

	@Column(name = "trait_code", nullable = false, length = ContentLimits.MAX_ID_LENGTH)
	private String traitCode;

	/** Relative weight, 1-3. */
	@Column(name = "weight", nullable = false)
	private int weight;

	@OneToMany(mappedBy = "kitTrait", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("questionNumber")
	private List<KitQuestion> questions = new ArrayList<>();

	protected KitTrait() {
	}

	KitTrait(InterviewKitVersion kitVersion, int traitNumber, String traitCode, int weight) {
		this.kitVersion = kitVersion;
		this.traitNumber = traitNumber;
		this.traitCode = traitCode;
		this.weight = weight;
	}

	/** Appends a question; questions keep the order they are added in. */
	public void addQuestion(QuestionKind kind, String text, List<String> probes, String strongAnswer,
			String weakAnswer) {
		this.questions
			.add(new KitQuestion(this, this.questions.size() + 1, kind, text, probes, strongAnswer, weakAnswer));
	}

	public Long getId() {
		return this.id;
	}

	public String getTraitCode() {
		return this.traitCode;
	}

	public int getWeight() {
		return this.weight;
	}

	public List<KitQuestion> getQuestions() {
		return List.copyOf(this.questions);
	}

}
