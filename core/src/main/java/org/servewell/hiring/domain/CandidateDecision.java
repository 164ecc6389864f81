package org.servewell.hiring.domain;

import java.time.Instant;

import jakarta.persistence.Column;
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
import org.servewell.hiring.Decision;
import org.servewell.hiring.HiringLimits;

/**
 * One decision HR recorded about a candidate; the newest stands, earlier ones are kept.
 */
@Entity
@Table(name = "candidate_decision")
public class CandidateDecision {

	/** Longest decision name stored: a code, not text a person types. */
	private static final int DECISION_LENGTH = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "candidate_id", nullable = false)
	private Candidate candidate;

	@Enumerated(EnumType.STRING)
	@Column(name = "decision", nullable = false, length = DECISION_LENGTH)
	private Decision decision;

	@Column(name = "reason", nullable = false, length = HiringLimits.REASON_LENGTH)
	private String reason;

	@Column(name = "decided_by", nullable = false)
	private long decidedBy;

	@Column(name = "decided_at", nullable = false)
	private Instant decidedAt;

	protected CandidateDecision() {
	}

	public CandidateDecision(Candidate candidate, Decision decision, String reason, long decidedBy, Instant decidedAt) {
		this.candidate = candidate;
		this.decision = decision;
		this.reason = reason;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	/** Replaces the reason, which speaks about the person, when their data is erased. */
	public void eraseReason() {
		this.reason = "(erased)";
	}

	public Long getId() {
		return this.id;
	}

	public Candidate getCandidate() {
		return this.candidate;
	}

	public Decision getDecision() {
		return this.decision;
	}

	public String getReason() {
		return this.reason;
	}

	public long getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
