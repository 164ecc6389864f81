package org.servewell.hiring.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

/**
 * One interviewer on one candidate, rating against one kit version. Its scorecards are
 * the original (revision 0, a draft until submitted) and any later amendments.
 */
@Entity
@Table(name = "interview")
public class Interview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "candidate_id", nullable = false)
	private Candidate candidate;

	@Column(name = "interviewer_id", nullable = false)
	private long interviewerId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "kit_version_id", nullable = false)
	private InterviewKitVersion kitVersion;

	@Column(name = "assigned_by", nullable = false)
	private long assignedBy;

	@Column(name = "assigned_at", nullable = false)
	private Instant assignedAt;

	@OneToMany(mappedBy = "interview", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("revision")
	private List<Scorecard> scorecards = new ArrayList<>();

	protected Interview() {
	}

	public Interview(Candidate candidate, long interviewerId, InterviewKitVersion kitVersion, long assignedBy,
			Instant assignedAt) {
		this.candidate = candidate;
		this.interviewerId = interviewerId;
		this.kitVersion = kitVersion;
		this.assignedBy = assignedBy;
		this.assignedAt = assignedAt;
		this.scorecards.add(new Scorecard(this, 0, assignedAt));
	}

	/** The scorecard as first written: the draft, or the submitted original. */
	public Scorecard original() {
		return this.scorecards.get(0);
	}

	/** The newest submitted revision: the one that counts. */
	public Optional<Scorecard> standing() {
		for (int i = this.scorecards.size() - 1; i >= 0; i--) {
			if (this.scorecards.get(i).isSubmitted()) {
				return Optional.of(this.scorecards.get(i));
			}
		}
		return Optional.empty();
	}

	public boolean isSubmitted() {
		return original().isSubmitted();
	}

	/** Adds an amendment to a submitted scorecard, submitted at once with its reason. */
	public Scorecard amend(String reason, Instant now) {
		Scorecard amendment = new Scorecard(this, this.scorecards.size(), now);
		amendment.amendmentReason(reason);
		this.scorecards.add(amendment);
		return amendment;
	}

	public Long getId() {
		return this.id;
	}

	public Candidate getCandidate() {
		return this.candidate;
	}

	public long getInterviewerId() {
		return this.interviewerId;
	}

	public InterviewKitVersion getKitVersion() {
		return this.kitVersion;
	}

	public long getAssignedBy() {
		return this.assignedBy;
	}

	public Instant getAssignedAt() {
		return this.assignedAt;
	}

	public List<Scorecard> getScorecards() {
		return this.scorecards;
	}

}
