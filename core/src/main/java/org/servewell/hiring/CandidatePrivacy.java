package org.servewell.hiring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.servewell.hiring.domain.Candidate;
import org.servewell.hiring.domain.CandidateDecision;
import org.servewell.hiring.domain.CandidateDecisionRepository;
import org.servewell.hiring.domain.Interview;
import org.servewell.hiring.domain.KitTrait;
import org.servewell.hiring.domain.Scorecard;
import org.servewell.hiring.domain.TraitRating;
import org.servewell.people.Roles;
import org.servewell.shared.Said;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's rights over their data: HR exports everything held about them and erases
 * it on request; the retention job erases it once they were not hired and nothing changed
 * for the retention period. Erasing empties the personal data (name, contact, notes,
 * evidence, reasons) and keeps the ratings and recommendations, anonymous, for the
 * agreement statistics.
 */
@Service
public class CandidatePrivacy {

	private final CandidateDecisionRepository decisions;

	private final CandidateRecords records;

	private final ScreeningAccess access;

	private final JsonMapper json;

	private final Clock clock;

	CandidatePrivacy(CandidateDecisionRepository decisions, CandidateRecords records, ScreeningAccess access,
			JsonMapper json, Clock clock) {
		this.decisions = decisions;
		this.records = records;
		this.access = access;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Everything held about a candidate as a JSON document: what HR entered, every
	 * interview with every scorecard revision, every decision with who and when.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public CandidateDataFile export(long candidateId) {
		Candidate candidate = this.records.find(candidateId);
		Instant now = this.clock.instant();
		Function<Long, String> names = this.access.names();
		List<CandidateData.InterviewEntry> interviewed = this.records.panel(candidate)
			.stream()
			.map((interview) -> new CandidateData.InterviewEntry(names.apply(interview.getInterviewerId()),
					interview.getKitVersion().getTitle(), interview.getKitVersion().getVersionNumber(),
					interview.getAssignedAt(),
					interview.getScorecards().stream().map((scorecard) -> entry(interview, scorecard)).toList()))
			.toList();
		List<CandidateData.DecisionEntry> decided = this.decisions.findByCandidateOrderByDecidedAtDescIdDesc(candidate)
			.stream()
			.sorted(Comparator.comparing(CandidateDecision::getDecidedAt).thenComparing(CandidateDecision::getId))
			.map((decision) -> new CandidateData.DecisionEntry(decision.getDecision(), decision.getReason(),
					names.apply(decision.getDecidedBy()), decision.getDecidedAt()))
			.toList();
		CandidateData data = new CandidateData(now, details(candidate), interviewed, decided);
		return new CandidateDataFile(
				"candidate-" + candidate.getId() + "-" + LocalDate.ofInstant(now, this.clock.getZone()) + ".json",
				this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data));
	}

	/**
	 * Erases a candidate's personal data on request, keeping their ratings anonymous.
	 * Refused for a hired candidate, whose data now belongs to their employee record, and
	 * for one already erased.
	 * @param reason why, such as "The candidate asked on 30 Nov 2026"; kept with who and
	 * when
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional
	public void erase(long candidateId, String reason) {
		Candidate candidate = this.records.find(candidateId);
		if (candidate.getHiredPersonId() != null) {
			throw new HiringRefusedException(new Said("hiring.erase-hired"));
		}
		if (candidate.isErased()) {
			throw new HiringRefusedException(new Said("hiring.already-erased"));
		}
		String why = Reasons.required(reason, HiringLimits.ERASURE_REASON_LENGTH,
				new Said("hiring.erasure-reason-missing"));
		erase(candidate, this.access.currentPersonId(), why);
	}

	/**
	 * Erases a candidate for the retention job, which runs with no one signed in, if they
	 * are still not hired, not erased and unchanged since {@code cutoff}: HR may have
	 * changed them since the job listed them.
	 * @return whether they were erased
	 */
	@Transactional
	boolean eraseUnchangedSince(long candidateId, Instant cutoff, String reason) {
		Candidate candidate = this.records.findIfAny(candidateId).orElse(null);
		if (candidate == null || candidate.isErased() || candidate.getHiredPersonId() != null
				|| !candidate.getUpdatedAt().isBefore(cutoff)) {
			return false;
		}
		erase(candidate, null, reason);
		return true;
	}

	private void erase(Candidate candidate, Long erasedBy, String reason) {
		for (Interview interview : this.records.panel(candidate)) {
			interview.getScorecards().forEach(Scorecard::eraseNotes);
		}
		this.decisions.findByCandidateOrderByDecidedAtDescIdDesc(candidate).forEach(CandidateDecision::eraseReason);
		candidate.erase(this.clock.instant(), erasedBy, reason);
	}

	private static CandidateData.Details details(Candidate candidate) {
		return new CandidateData.Details(candidate.getId(), candidate.getFullName(), candidate.getEmail(),
				candidate.getPosition(), candidate.getSource(), candidate.getNotes(), candidate.getConsentDate(),
				candidate.getStatus(), candidate.getCreatedAt(), candidate.getUpdatedAt(), candidate.getHiredPersonId(),
				candidate.getErasedAt(), candidate.getErasureReason());
	}

	/** A scorecard revision, its ratings in the kit's order of traits. */
	private static CandidateData.ScorecardEntry entry(Interview interview, Scorecard scorecard) {
		List<String> kitOrder = interview.getKitVersion().getTraits().stream().map(KitTrait::getTraitCode).toList();
		return new CandidateData.ScorecardEntry(scorecard.getRevision(), scorecard.getRecommendation(),
				scorecard.getOverallNote(), scorecard.getAmendmentReason(),
				scorecard.getRatings()
					.stream()
					.sorted(Comparator.comparing((TraitRating rating) -> kitOrder.indexOf(rating.getTraitCode())))
					.map((rating) -> new CandidateData.RatingEntry(rating.getTraitCode(), rating.getRating(),
							rating.getEvidence()))
					.toList(),
				scorecard.getSavedAt(), scorecard.getSubmittedAt());
	}

}
