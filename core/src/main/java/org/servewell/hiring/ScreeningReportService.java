package org.servewell.hiring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.servewell.hiring.domain.Candidate;
import org.servewell.hiring.domain.CandidateDecision;
import org.servewell.hiring.domain.CandidateDecisionRepository;
import org.servewell.hiring.domain.Interview;
import org.servewell.hiring.domain.InterviewRepository;
import org.servewell.hiring.domain.Scorecard;
import org.servewell.hiring.domain.TraitRating;
import org.servewell.people.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the panels' scorecards tell HR: one candidate's page with the panel side by side,
 * the candidates for a position compared, and how far the interviewers agree. HR only;
 * read only.
 */
@Service
public class ScreeningReportService {

	private final InterviewRepository interviews;

	private final CandidateDecisionRepository decisions;

	private final CandidateRecords records;

	private final ScreeningAccess access;

	ScreeningReportService(InterviewRepository interviews, CandidateDecisionRepository decisions,
			CandidateRecords records, ScreeningAccess access) {
		this.interviews = interviews;
		this.decisions = decisions;
		this.records = records;
		this.access = access;
	}

	/** Everything about a candidate, with the panel's scorecards side by side. */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public CandidatePage candidate(long id) {
		Candidate candidate = this.records.find(id);
		List<Interview> panel = this.records.panel(candidate);
		Function<Long, String> names = this.access.names();
		List<CandidatePage.InterviewSummary> summaries = panel.stream()
			.map((interview) -> new CandidatePage.InterviewSummary(interview.getId(), interview.getInterviewerId(),
					names.apply(interview.getInterviewerId()), interview.getKitVersion().getTitle(),
					interview.isSubmitted(), interview.getScorecards().size() - 1,
					interview.standing().map(Scorecard::getRecommendation).orElse(null)))
			.toList();
		List<CandidatePage.DecisionEntry> decided = this.decisions.findByCandidateOrderByDecidedAtDescIdDesc(candidate)
			.stream()
			.map((decision) -> new CandidatePage.DecisionEntry(decision.getDecision(), decision.getReason(),
					names.apply(decision.getDecidedBy()), decision.getDecidedAt()))
			.toList();
		CandidatePicture picture = this.records.picture(panel, this.records.traitNames(), names);
		return new CandidatePage(CandidateRecords.details(candidate), summaries, decided, picture);
	}

	/**
	 * The candidates for a position side by side: per trait the panel's mean, the
	 * weighted score against the kit's threshold, disagreements and recommendations.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public PositionComparison compare(String position) {
		List<Candidate> found = position.isBlank() ? List.of() : this.records.kept(position);
		Map<Long, List<Interview>> panels = this.records.panels(found);
		Map<Long, CandidateDecision> standing = this.records.standingDecisions(found);
		Map<String, String> traitNames = this.records.traitNames();
		Function<Long, String> names = this.access.names();
		Map<String, PositionComparison.TraitColumn> columns = new LinkedHashMap<>();
		List<PositionComparison.Row> rows = new ArrayList<>();
		for (Candidate candidate : found) {
			List<Interview> panel = panels.getOrDefault(candidate.getId(), List.of());
			CandidatePicture picture = this.records.picture(panel, traitNames, names);
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
			rows.add(row(candidate, (decision != null) ? decision.getDecision() : null, means, picture, panel));
		}
		rows.sort(Comparator.comparing(PositionComparison.Row::weightedScore,
				Comparator.nullsLast(Comparator.reverseOrder())));
		return new PositionComparison(position.strip(), List.copyOf(columns.values()), rows);
	}

	private static PositionComparison.Row row(Candidate candidate, Decision decision, Map<String, Double> means,
			CandidatePicture picture, List<Interview> panel) {
		return new PositionComparison.Row(candidate.getId(), candidate.getFullName(), candidate.getStatus(), decision,
				means, (picture != null) ? picture.weightedScore() : null, picture != null && picture.meetsThreshold(),
				(picture != null) ? picture.disagreements().size() : 0,
				(picture != null) ? (int) picture.recommendations()
					.stream()
					.filter((recommendation) -> recommendation.recommendation().inFavour())
					.count() : 0,
				(int) panel.stream().filter(Interview::isSubmitted).count());
	}

	/**
	 * How well the interviewers agree, per trait, across every candidate two or more of
	 * them rated (erased candidates' anonymous ratings included), and how lenient or
	 * severe each interviewer is against the rest of the panel.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public PanelAgreement agreement() {
		Map<String, String> traitNames = this.records.traitNames();
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

}
