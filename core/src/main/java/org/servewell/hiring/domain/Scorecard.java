package org.servewell.hiring.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.servewell.hiring.Recommendation;
import org.servewell.hiring.HiringLimits;

/**
 * One revision of an interviewer's scorecard: a rating and evidence note per trait and an
 * overall recommendation. Once submitted it never changes (only erasure empties its
 * notes).
 */
@Entity
@Table(name = "scorecard")
public class Scorecard {

	/** Longest recommendation name stored: a code, not text a person types. */
	private static final int RECOMMENDATION_LENGTH = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "interview_id", nullable = false)
	private Interview interview;

	@Column(name = "revision", nullable = false)
	private int revision;

	@Enumerated(EnumType.STRING)
	@Column(name = "recommendation", length = RECOMMENDATION_LENGTH)
	private Recommendation recommendation;

	@Column(name = "overall_note", length = HiringLimits.SCORECARD_NOTE_LENGTH)
	private String overallNote;

	@Column(name = "amendment_reason", length = HiringLimits.REASON_LENGTH)
	private String amendmentReason;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "scorecard_rating", joinColumns = @JoinColumn(name = "scorecard_id"))
	private List<TraitRating> ratings = new ArrayList<>();

	protected Scorecard() {
	}

	Scorecard(Interview interview, int revision, Instant now) {
		this.interview = interview;
		this.revision = revision;
		this.savedAt = now;
	}

	/**
	 * Replaces what the scorecard says. Refused once submitted: the caller checks first
	 * and says so to the person.
	 */
	public void write(List<TraitRating> ratings, Recommendation recommendation, String overallNote, Instant now) {
		if (isSubmitted()) {
			throw new IllegalStateException("A submitted scorecard does not change");
		}
		this.ratings.clear();
		this.ratings.addAll(ratings);
		this.recommendation = recommendation;
		this.overallNote = overallNote;
		this.savedAt = now;
	}

	public void submit(Instant now) {
		this.submittedAt = now;
		this.savedAt = now;
	}

	void amendmentReason(String reason) {
		this.amendmentReason = reason;
	}

	/** Empties the notes, which speak about the candidate, and keeps the ratings. */
	public void eraseNotes() {
		this.overallNote = null;
		List<TraitRating> kept = this.ratings.stream()
			.map((rating) -> new TraitRating(rating.getTraitCode(), rating.getRating(), null))
			.toList();
		this.ratings.clear();
		this.ratings.addAll(kept);
		if (this.amendmentReason != null) {
			this.amendmentReason = "(erased)";
		}
	}

	public Optional<TraitRating> rating(String traitCode) {
		return this.ratings.stream().filter((rating) -> rating.getTraitCode().equals(traitCode)).findFirst();
	}

	public boolean isSubmitted() {
		return this.submittedAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public int getRevision() {
		return this.revision;
	}

	public Recommendation getRecommendation() {
		return this.recommendation;
	}

	public String getOverallNote() {
		return this.overallNote;
	}

	public String getAmendmentReason() {
		return this.amendmentReason;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getSavedAt() {
		return this.savedAt;
	}

	public long getVersion() {
		return this.version;
	}

	public List<TraitRating> getRatings() {
		return this.ratings;
	}

}
