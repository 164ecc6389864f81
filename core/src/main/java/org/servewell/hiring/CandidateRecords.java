package org.servewell.hiring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.servewell.catalog.CatalogService;
import org.servewell.hiring.domain.Candidate;
import org.servewell.hiring.domain.CandidateDecision;
import org.servewell.hiring.domain.CandidateDecisionRepository;
import org.servewell.hiring.domain.CandidateRepository;
import org.servewell.hiring.domain.Interview;
import org.servewell.hiring.domain.InterviewRepository;
import org.servewell.shared.Said;

import org.springframework.stereotype.Component;

/**
 * What the screening services read alike about candidates: one candidate or those kept,
 * their panels and standing decisions in one query each, and the picture a panel's
 * submitted scorecards give. Runs inside the calling service's transaction and checks no
 * role itself: the services that use it do.
 */
@Component
class CandidateRecords {

	private final CandidateRepository candidates;

	private final InterviewRepository interviews;

	private final CandidateDecisionRepository decisions;

	private final CatalogService catalog;

	private final ScreeningAccess access;

	CandidateRecords(CandidateRepository candidates, InterviewRepository interviews,
			CandidateDecisionRepository decisions, CatalogService catalog, ScreeningAccess access) {
		this.candidates = candidates;
		this.interviews = interviews;
		this.decisions = decisions;
		this.catalog = catalog;
		this.access = access;
	}

	/** The candidate; "not found" for an id that names none. */
	Candidate find(long id) {
		return findIfAny(id).orElseThrow(() -> new HiringNotFoundException(new Said("hiring.candidate-missing", id)));
	}

	/** The candidate, if there is one with this id. */
	Optional<Candidate> findIfAny(long id) {
		return this.candidates.findById(id);
	}

	/** The candidate, refused once their personal data was erased. */
	Candidate findKept(long id) {
		Candidate candidate = find(id);
		if (candidate.isErased()) {
			throw new HiringRefusedException(new Said("hiring.candidate-erased"));
		}
		return candidate;
	}

	/**
	 * Candidates whose data is kept, newest first; only those for {@code position}
	 * (whatever its case) unless it is blank.
	 */
	List<Candidate> kept(String position) {
		return this.candidates.findByErasedAtIsNullOrderByCreatedAtDescIdDesc()
			.stream()
			.filter((candidate) -> position == null || position.isBlank()
					|| candidate.getPosition().equalsIgnoreCase(position.strip()))
			.toList();
	}

	/** Each candidate's interviews, by candidate id, in one query. */
	Map<Long, List<Interview>> panels(List<Candidate> found) {
		return found.isEmpty() ? Map.of()
				: this.interviews.findByCandidateInOrderByAssignedAtAscIdAsc(found)
					.stream()
					.collect(Collectors.groupingBy((interview) -> interview.getCandidate().getId()));
	}

	/** Each candidate's newest decision, by candidate id, in one query. */
	Map<Long, CandidateDecision> standingDecisions(List<Candidate> found) {
		Map<Long, CandidateDecision> standing = new HashMap<>();
		if (!found.isEmpty()) {
			for (CandidateDecision decision : this.decisions.findByCandidateInOrderByDecidedAtDescIdDesc(found)) {
				standing.putIfAbsent(decision.getCandidate().getId(), decision);
			}
		}
		return standing;
	}

	/** The candidate's interviews, in the order they were assigned. */
	List<Interview> panel(Candidate candidate) {
		return this.interviews.findByCandidateOrderByAssignedAtAscIdAsc(candidate);
	}

	/**
	 * The panel's submitted scorecards side by side, against the kit the panel rates
	 * with; {@code null} for a candidate with no interviewer yet.
	 */
	CandidatePicture picture(List<Interview> panel, Map<String, String> traitNames, Function<Long, String> names) {
		return panel.isEmpty() ? null
				: PanelPictures.picture(panel.get(0).getKitVersion(), panel, traitNames, names::apply);
	}

	/** The candidate's picture, looking the names up itself. */
	CandidatePicture picture(Candidate candidate) {
		return picture(panel(candidate), traitNames(), this.access.names());
	}

	/** The trait model's names by code. */
	Map<String, String> traitNames() {
		return TraitNames.byCode(this.catalog.listTraits());
	}

	/** What HR entered about a candidate. */
	static CandidateDetails details(Candidate candidate) {
		return new CandidateDetails(candidate.getId(), candidate.getVersion(), candidate.getFullName(),
				candidate.getEmail(), candidate.getPosition(), candidate.getSource(), candidate.getNotes(),
				candidate.getConsentDate(), candidate.getStatus(), candidate.getErasedAt(),
				candidate.getErasureReason(), candidate.getHiredPersonId(), candidate.getCreatedAt());
	}

}
