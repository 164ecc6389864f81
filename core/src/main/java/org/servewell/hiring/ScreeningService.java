package org.servewell.hiring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.servewell.catalog.CatalogService;
import org.servewell.catalog.TraitSummary;
import org.servewell.hiring.domain.Candidate;
import org.servewell.hiring.domain.CandidateDecision;
import org.servewell.hiring.domain.CandidateDecisionRepository;
import org.servewell.hiring.domain.CandidateRepository;
import org.servewell.hiring.domain.Interview;
import org.servewell.hiring.domain.InterviewKitRepository;
import org.servewell.hiring.domain.InterviewKitVersion;
import org.servewell.hiring.domain.InterviewKitVersionRepository;
import org.servewell.hiring.domain.InterviewRepository;
import org.servewell.hiring.domain.Scorecard;
import org.servewell.hiring.domain.TraitRating;
import org.servewell.people.NewPerson;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.people.directory.PeopleDirectory;
import org.servewell.people.directory.StaffMember;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * HR's side of screening: candidates, the interviewers assigned to them, the picture the
 * panel's scorecards give, and the decision. HR only: candidates' personal data is
 * visible to HR and, through {@link InterviewService}, to their own interviewers.
 */
@Service
@Validated
public class ScreeningService {

	/** Days after the start date that courses added at hiring are due. */
	public static final int HIRING_COURSE_DAYS = 30;

	/** Longest decision reason. */
	public static final int MAX_REASON_LENGTH = 2000;

	private final CandidateRepository candidates;

	private final CandidateDecisionRepository decisions;

	private final InterviewRepository interviews;

	private final InterviewKitRepository kits;

	private final InterviewKitVersionRepository kitVersions;

	private final CatalogService catalog;

	private final PeopleDirectory directory;

	private final ScreeningAccess access;

	private final PeopleService people;

	private final HandOverCourses handOverCourses;

	private final Clock clock;

	ScreeningService(CandidateRepository candidates, CandidateDecisionRepository decisions,
			InterviewRepository interviews, InterviewKitRepository kits, InterviewKitVersionRepository kitVersions,
			CatalogService catalog, PeopleDirectory directory, ScreeningAccess access, PeopleService people,
			HandOverCourses handOverCourses, Clock clock) {
		this.candidates = candidates;
		this.decisions = decisions;
		this.interviews = interviews;
		this.kits = kits;
		this.kitVersions = kitVersions;
		this.catalog = catalog;
		this.directory = directory;
		this.access = access;
		this.people = people;
		this.handOverCourses = handOverCourses;
		this.clock = clock;
	}

	/**
	 * Candidates whose data is kept, newest first, optionally only those for one position
	 * or in one status.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public List<CandidateSummary> listCandidates(String position, CandidateStatus status) {
		List<Candidate> found = this.candidates.findByErasedAtIsNullOrderByCreatedAtDescIdDesc()
			.stream()
			.filter((candidate) -> position == null || position.isBlank()
					|| candidate.getPosition().equalsIgnoreCase(position.strip()))
			.filter((candidate) -> status == null || candidate.getStatus() == status)
			.toList();
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Interview>> panels = panels(found);
		Map<Long, CandidateDecision> standing = standingDecisions(found);
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
		return details(this.candidates.save(candidate));
	}

	/**
	 * Changes what HR entered about a candidate. Refused when someone else saved the
	 * candidate since {@code version} was read, or once the data is erased.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional
	public CandidateDetails updateCandidate(long id, long version, @Valid CandidateForm form) {
		Candidate candidate = find(id);
		refuseErased(candidate);
		if (candidate.getVersion() != version) {
			throw new HiringRefusedException("Someone else changed this candidate after you opened the form. "
					+ "Close it and open it again to see their changes.");
		}
		describe(candidate, form, this.clock.instant());
		try {
			return details(this.candidates.saveAndFlush(candidate));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new HiringRefusedException(
					"Someone else changed this candidate at the same moment. " + "Open it again to see their changes.");
		}
	}

	/** Everything about a candidate, with the panel's scorecards side by side. */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public CandidatePage candidate(long id) {
		Candidate candidate = find(id);
		List<Interview> panel = this.interviews.findByCandidateOrderByAssignedAtAscIdAsc(candidate);
		Function<Long, String> names = this.access.names();
		List<CandidatePage.InterviewSummary> summaries = panel.stream()
			.map((interview) -> new CandidatePage.InterviewSummary(interview.getId(), interview.getInterviewerId(),
					names.apply(interview.getInterviewerId()), interview.getKitVersion().getTitle(),
					interview.isSubmitted(), interview.getScorecards().size() - 1,
					interview.standing().map((scorecard) -> scorecard.getRecommendation()).orElse(null)))
			.toList();
		List<CandidatePage.DecisionEntry> decided = this.decisions.findByCandidateOrderByDecidedAtDescIdDesc(candidate)
			.stream()
			.map((decision) -> new CandidatePage.DecisionEntry(decision.getDecision(), decision.getReason(),
					names.apply(decision.getDecidedBy()), decision.getDecidedAt()))
			.toList();
		CandidatePicture picture = panel.isEmpty() ? null
				: PanelPictures.picture(panel.get(0).getKitVersion(), panel, traitNames(), names::apply);
		return new CandidatePage(details(candidate), summaries, decided, picture);
	}

	/**
	 * The candidates for a position side by side: per trait the panel's mean, the
	 * weighted score against the kit's threshold, disagreements and recommendations.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public PositionComparison compare(String position) {
		List<Candidate> found = this.candidates.findByErasedAtIsNullOrderByCreatedAtDescIdDesc()
			.stream()
			.filter((candidate) -> candidate.getPosition().equalsIgnoreCase(position.strip()))
			.toList();
		Map<Long, List<Interview>> panels = panels(found);
		Map<Long, CandidateDecision> standing = standingDecisions(found);
		Map<String, String> traitNames = traitNames();
		Function<Long, String> names = this.access.names();
		Map<String, PositionComparison.TraitColumn> columns = new LinkedHashMap<>();
		List<PositionComparison.Row> rows = new ArrayList<>();
		for (Candidate candidate : found) {
			List<Interview> panel = panels.getOrDefault(candidate.getId(), List.of());
			CandidatePicture picture = panel.isEmpty() ? null
					: PanelPictures.picture(panel.get(0).getKitVersion(), panel, traitNames, names::apply);
			Map<String, Double> means = new HashMap<>();
			if (picture != null) {
				for (CandidatePicture.TraitPicture trait : picture.traits()) {
					columns.putIfAbsent(trait.traitCode(),
							new PositionComparison.TraitColumn(trait.traitCode(), trait.traitName()));
					if (trait.mean() != null) {
						means.put(trait.traitCode(), trait.mean());
					}
				}
			}
			CandidateDecision decision = standing.get(candidate.getId());
			rows.add(new PositionComparison.Row(candidate.getId(), candidate.getFullName(), candidate.getStatus(),
					(decision != null) ? decision.getDecision() : null, means,
					(picture != null) ? picture.weightedScore() : null, picture != null && picture.meetsThreshold(),
					(picture != null) ? picture.disagreements().size() : 0,
					(picture != null) ? (int) picture.recommendations()
						.stream()
						.filter((recommendation) -> recommendation.recommendation().inFavour())
						.count() : 0,
					(int) panel.stream().filter(Interview::isSubmitted).count()));
		}
		rows.sort(Comparator.comparing(PositionComparison.Row::weightedScore,
				Comparator.nullsLast(Comparator.reverseOrder())));
		return new PositionComparison(position.strip(), List.copyOf(columns.values()), rows);
	}

	/**
	 * How well the interviewers agree, per trait, across every candidate two or more of
	 * them rated (erased candidates' anonymous ratings included), and how lenient or
	 * severe each interviewer is against the rest of the panel.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public PanelAgreement agreement() {
		Map<String, String> traitNames = traitNames();
		Map<String, Map<Long, Map<Long, Integer>>> byTrait = new LinkedHashMap<>();
		Map<Long, String> interviewerNames = new HashMap<>();
		Function<Long, String> names = this.access.names();
		for (Interview interview : this.interviews.findSubmitted()) {
			Scorecard scorecard = interview.standing().orElseThrow();
			interviewerNames.put(interview.getInterviewerId(), names.apply(interview.getInterviewerId()));
			for (TraitRating rating : scorecard.getRatings()) {
				if (rating.getRating() != null) {
					byTrait.computeIfAbsent(rating.getTraitCode(), (code) -> new LinkedHashMap<>())
						.computeIfAbsent(interview.getCandidate().getId(), (id) -> new HashMap<>())
						.put(interview.getInterviewerId(), rating.getRating());
				}
			}
		}
		List<TraitRatings> traits = byTrait.entrySet()
			.stream()
			.map((trait) -> new TraitRatings(trait.getKey(), traitNames.getOrDefault(trait.getKey(), trait.getKey()),
					trait.getValue()
						.entrySet()
						.stream()
						.map((candidate) -> new TraitRatings.CandidateRatings(candidate.getKey(), candidate.getValue()))
						.toList()))
			.toList();
		return new PanelAgreement(InterviewerAgreement.measure(traits), interviewerNames);
	}

	/**
	 * Assigns an interviewer to a candidate. Every interviewer on a candidate rates with
	 * the same kit version, the one the first was given, so that their ratings compare;
	 * {@code kitCode} chooses it for the first and must match for the others.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional
	public void assignInterviewer(long candidateId, long interviewerId, String kitCode) {
		Candidate candidate = find(candidateId);
		refuseErased(candidate);
		StaffMember interviewer = this.directory.staff(interviewerId)
			.filter(StaffMember::enabled)
			.orElseThrow(() -> new HiringRefusedException("Choose an interviewer who can sign in."));
		if (this.interviews.existsByCandidateAndInterviewerId(candidate, interviewerId)) {
			throw new HiringRefusedException(interviewer.displayName() + " already interviews this candidate.");
		}
		List<Interview> panel = this.interviews.findByCandidateOrderByAssignedAtAscIdAsc(candidate);
		InterviewKitVersion kit;
		if (panel.isEmpty()) {
			kit = this.kits.findByCode((kitCode != null) ? kitCode : "")
				.flatMap(this.kitVersions::findFirstByKitOrderByVersionNumberDesc)
				.orElseThrow(() -> new HiringRefusedException("Choose an interview kit."));
			if (kit.getKit().isRetired()) {
				throw new HiringRefusedException("\"" + kit.getTitle() + "\" is retired: choose another kit.");
			}
		}
		else {
			kit = panel.get(0).getKitVersion();
			if (kitCode != null && !kitCode.equals(kit.getKit().getCode())) {
				throw new HiringRefusedException("This candidate's interviewers rate with \"" + kit.getTitle()
						+ "\": every interviewer on a candidate uses the same kit, so that their ratings compare.");
			}
		}
		Instant now = this.clock.instant();
		this.interviews.save(new Interview(candidate, interviewerId, kit, this.access.currentPersonId(), now));
		candidate.interviewing(now);
	}

	/**
	 * Takes an interviewer off a candidate, with their draft. Refused once they have
	 * submitted: a submitted scorecard is kept.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional
	public void removeInterviewer(long interviewId) {
		Interview interview = this.interviews.findById(interviewId)
			.orElseThrow(() -> new HiringNotFoundException("No interview " + interviewId + "."));
		if (interview.isSubmitted()) {
			throw new HiringRefusedException("This interviewer has submitted their scorecard, which is kept.");
		}
		this.interviews.delete(interview);
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
			throw new HiringRefusedException("Choose reject or hold.");
		}
		if (decision == Decision.HIRE) {
			throw new HiringRefusedException("Hire through the hand-over, which creates the employee.");
		}
		Candidate candidate = find(candidateId);
		refuseErased(candidate);
		String why = checkedReason(reason);
		if (candidate.getHiredPersonId() != null) {
			throw new HiringRefusedException("This candidate was hired; their employee record is kept under People.");
		}
		record(candidate, decision, why);
	}

	/**
	 * Hires a candidate: records the decision with its reason, creates the employee (who
	 * then gets their onboarding through the assignment rules), adds a course that fits
	 * their role for each of their two weakest traits in the interviews, marked as coming
	 * from hiring (see {@link HandOverCourses}), and returns the one-time link with which
	 * they set their password. All or nothing.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional
	public HireResult hire(long candidateId, @Valid HireForm form, String reason) {
		Candidate candidate = find(candidateId);
		refuseErased(candidate);
		if (candidate.getHiredPersonId() != null) {
			throw new HiringRefusedException("This candidate was already hired.");
		}
		String why = checkedReason(reason);
		NewPerson hired = this.people.createPersonWithLink(new PersonForm(form.email(), form.displayName(),
				Set.of(Role.LEARNER), form.department(), form.jobRole(), form.startDate(), form.managerId(), true));
		long personId = hired.person().id();
		candidate.hiredAs(personId);
		record(candidate, Decision.HIRE, why);
		HandOverCourses.HandOver handOver = this.handOverCourses.add(personId, candidate(candidateId).picture(),
				form.startDate().plusDays(HIRING_COURSE_DAYS));
		return new HireResult(personId, hired.person().displayName(), hired.person().email(), hired.passwordLinkToken(),
				hired.passwordLink(), handOver.audience(), handOver.traitCourses());
	}

	void record(Candidate candidate, Decision decision, String reason) {
		Instant now = this.clock.instant();
		this.decisions.save(new CandidateDecision(candidate, decision, reason, this.access.currentPersonId(), now));
		candidate.decided(now);
	}

	static String checkedReason(String reason) {
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty()) {
			throw new HiringRefusedException("Give the reason for the decision.");
		}
		if (why.length() > MAX_REASON_LENGTH) {
			throw new HiringRefusedException("A reason has at most " + MAX_REASON_LENGTH + " characters.");
		}
		return why;
	}

	/** Each candidate's interviews, by candidate id, in one query. */
	private Map<Long, List<Interview>> panels(List<Candidate> found) {
		return found.isEmpty() ? Map.of()
				: this.interviews.findByCandidateInOrderByAssignedAtAscIdAsc(found)
					.stream()
					.collect(Collectors.groupingBy((interview) -> interview.getCandidate().getId()));
	}

	/** Each candidate's newest decision, by candidate id, in one query. */
	private Map<Long, CandidateDecision> standingDecisions(List<Candidate> found) {
		Map<Long, CandidateDecision> standing = new HashMap<>();
		if (!found.isEmpty()) {
			for (CandidateDecision decision : this.decisions.findByCandidateInOrderByDecidedAtDescIdDesc(found)) {
				standing.putIfAbsent(decision.getCandidate().getId(), decision);
			}
		}
		return standing;
	}

	Candidate find(long id) {
		return this.candidates.findById(id).orElseThrow(() -> new HiringNotFoundException("No candidate " + id + "."));
	}

	private static void refuseErased(Candidate candidate) {
		if (candidate.isErased()) {
			throw new HiringRefusedException("This candidate's personal data was erased; nothing more can be added.");
		}
	}

	private Map<String, String> traitNames() {
		return this.catalog.listTraits().stream().collect(Collectors.toMap(TraitSummary::code, TraitSummary::name));
	}

	private static void describe(Candidate candidate, CandidateForm form, Instant now) {
		candidate.describe(form.fullName().strip(), blankToNull(form.email()), form.position().strip(),
				blankToNull(form.source()), blankToNull(form.notes()), form.consentDate(), now);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static CandidateDetails details(Candidate candidate) {
		return new CandidateDetails(candidate.getId(), candidate.getVersion(), candidate.getFullName(),
				candidate.getEmail(), candidate.getPosition(), candidate.getSource(), candidate.getNotes(),
				candidate.getConsentDate(), candidate.getStatus(), candidate.getErasedAt(),
				candidate.getErasureReason(), candidate.getHiredPersonId(), candidate.getCreatedAt());
	}

}
