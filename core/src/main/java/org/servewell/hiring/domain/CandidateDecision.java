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

/**
 * One decision HR recorded about a candidate; the newest stands, earlier ones are kept.
 */
@Entity
@Table(name = "candidate_decision")
public class CandidateDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "candidate_id", nullable = false)
	private Candidate candidate;

	@Enumerated(EnumType.STRING)
	@Column(name = "decision", nullable = false, length = 20)
	private Decision decision;

	@Column(name = "reason", nullable = false, length = 2000)
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
