package org.servewell.learning.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * One try at a course's quiz. It keeps the course version it started with, so a new
 * version published meanwhile changes nothing for it.
 */
@Entity
@Table(name = "quiz_attempt")
public class QuizAttempt {

	/** Longest status name stored: a code, not text a person types. */
	private static final int STATUS_LENGTH = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "course_id", nullable = false)
	private long courseId;

	@Column(name = "course_version_id", nullable = false)
	private long courseVersionId;

	@Column(name = "attempt_number", nullable = false)
	private int attemptNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = STATUS_LENGTH)
	private AttemptStatus status = AttemptStatus.IN_PROGRESS;

	/**
	 * 1 while in progress, null afterwards: a unique key allows one open attempt per
	 * person and course.
	 */
	@Column(name = "open_marker")
	private Integer openMarker = 1;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "last_saved_at", nullable = false)
	private Instant lastSavedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "score_percent")
	private Integer scorePercent;

	@Column(name = "passed")
	private Boolean passed;

	@OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL)
	@OrderBy("itemNumber")
	private List<AttemptItem> items = new ArrayList<>();

	protected QuizAttempt() {
	}

	public QuizAttempt(long personId, long courseId, long courseVersionId, int attemptNumber) {
		this.personId = personId;
		this.courseId = courseId;
		this.courseVersionId = courseVersionId;
		this.attemptNumber = attemptNumber;
		this.startedAt = Instant.now();
		this.lastSavedAt = this.startedAt;
	}

	/** Adds the next drawn scenario with the order its options will be shown in. */
	public void addItem(long scenarioId, List<Long> optionOrder) {
		this.items.add(new AttemptItem(this, this.items.size() + 1, scenarioId, optionOrder));
	}

	/** Closes the attempt with its score; refused when it was already submitted. */
	public void submit(int scorePercent, boolean passed, Instant when) {
		if (this.status != AttemptStatus.IN_PROGRESS) {
			throw new IllegalStateException("Attempt " + this.id + " was already submitted");
		}
		this.status = AttemptStatus.SUBMITTED;
		this.openMarker = null;
		this.submittedAt = when;
		this.scorePercent = scorePercent;
		this.passed = passed;
	}

	public boolean isInProgress() {
		return this.status == AttemptStatus.IN_PROGRESS;
	}

	public Long getId() {
		return this.id;
	}

	public long getPersonId() {
		return this.personId;
	}

	public long getCourseId() {
		return this.courseId;
	}

	public long getCourseVersionId() {
		return this.courseVersionId;
	}

	public int getAttemptNumber() {
		return this.attemptNumber;
	}

	public AttemptStatus getStatus() {
		return this.status;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getLastSavedAt() {
		return this.lastSavedAt;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Integer getScorePercent() {
		return this.scorePercent;
	}

	public Boolean getPassed() {
		return this.passed;
	}

	public List<AttemptItem> getItems() {
		return List.copyOf(this.items);
	}

}
