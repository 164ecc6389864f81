package org.servewell.hiring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.servewell.hiring.domain.Candidate;
import org.servewell.hiring.domain.CandidateDecision;
import org.servewell.hiring.domain.CandidateRepository;
import org.servewell.hiring.domain.Interview;
import org.servewell.people.Roles;
import org.servewell.shared.Said;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * HR's list of candidates: adding one, changing what was entered, and finding them by
 * position and status. HR only. Exporting and erasing a candidate's data is
 * {@link CandidatePrivacy}'s.
 */
@Service
@Validated
public class CandidateService {

	private final CandidateRepository candidates;

	private final CandidateRecords records;

	private final ScreeningAccess access;

	private final Clock clock;

	CandidateService(CandidateRepository candidates, CandidateRecords records, ScreeningAccess access, Clock clock) {
		this.candidates = candidates;
		this.records = records;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Candidates whose data is kept, newest first, optionally only those for one position
	 * or in one status.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public List<CandidateSummary> listCandidates(String position, CandidateStatus status) {
		List<Candidate> found = this.records.kept(position)
			.stream()
			.filter((candidate) -> status == null || candidate.getStatus() == status)
			.toList();
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Interview>> panels = this.records.panels(found);
		Map<Long, CandidateDecision> standing = this.records.standingDecisions(found);
		return found.stream().map((candidate) -> {
			List<Interview> panel = panels.getOrDefault(candidate.getId(), List.of());
			CandidateDecision decision = standing.get(candidate.getId());
			return new CandidateSummary(candidate.getId(), candidate.getFullName(), candidate.getPosition(),
					candidate.getStatus(), (decision != null) ? decision.getDecision() : null, panel.size(),
					(int) panel.stream().filter(Interview::isSubmitted).count(), candidate.getCreatedAt());
		}).toList();
	}

	/** The positions candidates applied for, alphabetically. */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public List<String> positions() {
		return this.candidates.findPositions();
	}

	/** Adds a candidate. */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional
	public CandidateDetails createCandidate(@Valid CandidateForm form) {
		Instant now = this.clock.instant();
		Candidate candidate = new Candidate(this.access.currentPersonId(), now);
		describe(candidate, form, now);
		return CandidateRecords.details(this.candidates.save(candidate));
	}

	/**
	 * Changes what HR entered about a candidate. Refused when someone else saved the
	 * candidate since {@code version} was read, or once the data is erased.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional
	public CandidateDetails updateCandidate(long id, long version, @Valid CandidateForm form) {
		Candidate candidate = this.records.findKept(id);
		if (candidate.getVersion() != version) {
			throw new HiringStaleException(new Said("hiring.candidate-stale"));
		}
		describe(candidate, form, this.clock.instant());
		try {
			return CandidateRecords.details(this.candidates.saveAndFlush(candidate));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new HiringStaleException(new Said("hiring.candidate-changed-same-moment"));
		}
	}

	private static void describe(Candidate candidate, CandidateForm form, Instant now) {
		candidate.describe(form.fullName().strip(), blankToNull(form.email()), form.position().strip(),
				blankToNull(form.source()), blankToNull(form.notes()), form.consentDate(), now);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
