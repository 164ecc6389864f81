package org.servewell.learning.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One drawn scenario of an attempt: the order its options are shown in and the option the
 * learner chose.
 */
@Entity
@Table(name = "attempt_item")
public class AttemptItem {

	/**
	 * Longest option order stored (option positions, comma-separated): written by the
	 * draw, never typed.
	 */
	private static final int OPTION_ORDER_LENGTH = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "attempt_id", nullable = false)
	private QuizAttempt attempt;

	@Column(name = "item_number", nullable = false)
	private int itemNumber;

	@Column(name = "scenario_id", nullable = false)
	private long scenarioId;

	/** Option ids in the order shown, comma-separated. */
	@Column(name = "option_order", nullable = false, length = OPTION_ORDER_LENGTH)
	private String optionOrder;

	@Column(name = "chosen_option_id")
	private Long chosenOptionId;

	@Column(name = "answered_at")
	private Instant answeredAt;

	protected AttemptItem() {
	}

	AttemptItem(QuizAttempt attempt, int itemNumber, long scenarioId, List<Long> optionOrder) {
		this.attempt = attempt;
		this.itemNumber = itemNumber;
		this.scenarioId = scenarioId;
		this.optionOrder = optionOrder.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	public Long getId() {
		return this.id;
	}

	public QuizAttempt getAttempt() {
		return this.attempt;
	}

	public int getItemNumber() {
		return this.itemNumber;
	}

	public long getScenarioId() {
		return this.scenarioId;
	}

	public List<Long> getOptionOrder() {
		return Arrays.stream(this.optionOrder.split(",")).map(Long::valueOf).toList();
	}

	public Long getChosenOptionId() {
		return this.chosenOptionId;
	}

	public Instant getAnsweredAt() {
		return this.answeredAt;
	}

}
