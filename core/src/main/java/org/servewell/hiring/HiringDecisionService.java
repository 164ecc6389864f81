package org.servewell.hiring;

import java.time.Clock;
import java.time.Instant;

import jakarta.validation.Valid;

import org.servewell.hiring.domain.Candidate;
import org.servewell.hiring.domain.CandidateDecision;
import org.servewell.hiring.domain.CandidateDecisionRepository;
import org.servewell.people.NewPerson;
import org.servewell.people.Roles;
import org.servewell.shared.Said;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * HR's decision on a candidate: reject or hold with a reason, or hire, which hands the
 * candidate over as an employee with courses for their weakest traits. HR only.
 */
@Service
@Validated
public class HiringDecisionService {

	/** Longest decision reason. */
	private final CandidateDecisionRepository decisions;

	private final CandidateRecords records;

	private final HireHandOver handOver;

	private final ScreeningAccess access;

	private final Clock clock;

	HiringDecisionService(CandidateDecisionRepository decisions, CandidateRecords records, HireHandOver handOver,
			ScreeningAccess access, Clock clock) {
		this.decisions = decisions;
		this.records = records;
		this.handOver = handOver;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Records a reject or hold decision with its reason, who and when. The candidate is
	 * told nothing by the system. A hire goes through {@link #hire}, which also creates
	 * the employee.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional
	public void decide(long candidateId, Decision decision, String reason) {
		if (decision == null) {
			throw new HiringRefusedException(new Said("hiring.choose-reject-or-hold"));
		}
		if (decision == Decision.HIRE) {
			throw new HiringRefusedException(new Said("hiring.hire-through-hand-over"));
		}
		Candidate candidate = this.records.findKept(candidateId);
		String why = checkedReason(reason);
		if (candidate.getHiredPersonId() != null) {
			throw new HiringRefusedException(new Said("hiring.candidate-hired-decided"));
		}
		record(candidate, decision, why);
	}

	/**
	 * Hires a candidate: records the decision with its reason, creates the employee (who
	 * then gets their onboarding through the assignment rules), publishes
	 * {@link CandidateHired} with their two weakest traits in the interviews (learning
	 * adds a course that fits their role for each), and returns the one-time link with
	 * which they set their password. All or nothing: one transaction, the listeners' work
	 * included (see {@link HireHandOver}).
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional
	public HireResult hire(long candidateId, @Valid HireForm form, String reason) {
		Candidate candidate = this.records.findKept(candidateId);
		if (candidate.getHiredPersonId() != null) {
			throw new HiringRefusedException(new Said("hiring.candidate-already-hired"));
		}
		String why = checkedReason(reason);
		NewPerson hired = this.handOver.employ(form);
		candidate.hiredAs(hired.person().id());
		record(candidate, Decision.HIRE, why);
		return this.handOver.handOver(candidateId, hired, form, this.records.picture(candidate));
	}

	private void record(Candidate candidate, Decision decision, String reason) {
		Instant now = this.clock.instant();
		this.decisions.save(new CandidateDecision(candidate, decision, reason, this.access.currentPersonId(), now));
		candidate.decided(now);
	}

	private static String checkedReason(String reason) {
		return Reasons.required(reason, HiringLimits.REASON_LENGTH, new Said("hiring.decision-reason-missing"));
	}

}
