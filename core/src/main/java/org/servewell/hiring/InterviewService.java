package org.servewell.hiring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.servewell.catalog.CatalogService;
import org.servewell.catalog.TraitSummary;
import org.servewell.hiring.domain.Interview;
import org.servewell.hiring.domain.InterviewRepository;
import org.servewell.hiring.domain.Scorecard;
import org.servewell.hiring.domain.TraitRating;
import org.servewell.people.Roles;
import org.servewell.shared.Said;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The interviewer's side of screening: their interviews and their scorecards. Any staff
 * member can be an interviewer; each sees only the interviews they are assigned to, and
 * the other interviewers' ratings of a candidate only once their own scorecard is
 * submitted.
 */
@Service
@Validated
public class InterviewService {

	private final InterviewRepository interviews;

	private final CatalogService catalog;

	private final ScreeningAccess access;

	private final Clock clock;

	InterviewService(InterviewRepository interviews, CatalogService catalog, ScreeningAccess access, Clock clock) {
		this.interviews = interviews;
		this.catalog = catalog;
		this.access = access;
		this.clock = clock;
	}

	/** The signed-in person's interviews, newest first. */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public List<MyInterview> myInterviews() {
		return this.interviews.findForInterviewer(this.access.currentPersonId())
			.stream()
			.map((interview) -> new MyInterview(interview.getId(), interview.getCandidate().getFullName(),
					interview.getCandidate().getPosition(), interview.getKitVersion().getTitle(),
					interview.getAssignedAt(), interview.isSubmitted()))
			.toList();
	}

	/** Whether the signed-in person has any interview to do or done, for the menu. */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public boolean hasInterviews() {
		return this.access.currentPersonIdIfKnown().map(this.interviews::existsForInterviewer).orElse(false);
	}

	/**
	 * The signed-in interviewer's scorecard with the kit's questions and anchors, and the
	 * rest of the panel once their own is submitted.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public ScorecardView scorecard(long interviewId) {
		Interview interview = this.access.ownInterview(interviewId);
		Map<String, TraitSummary> traits = this.catalog.listTraits()
			.stream()
			.collect(Collectors.toMap(TraitSummary::code, Function.identity()));
		Map<String, String> traitNames = TraitNames.byCode(traits.values());
		InterviewKitDetails kit = InterviewKitService.details(interview.getKitVersion(), traitNames);
		Scorecard original = interview.original();
		List<ScorecardView.Trait> rated = kit.traits().stream().map((trait) -> {
			TraitSummary model = traits.get(trait.traitCode());
			TraitRating rating = original.rating(trait.traitCode()).orElse(null);
			return new ScorecardView.Trait(trait.traitCode(), trait.traitName(),
					(model != null) ? model.definition() : "", trait.weight(),
					(model != null) ? model.anchors() : List.of(), trait.questions(),
					(rating != null) ? rating.getRating() : null,
					(rating != null && rating.getEvidence() != null) ? rating.getEvidence() : "");
		}).toList();
		List<ScorecardView.Amendment> amendments = interview.getScorecards()
			.stream()
			.filter((scorecard) -> scorecard.getRevision() > 0)
			.map((scorecard) -> new ScorecardView.Amendment(scorecard.getRevision(), scorecard.getAmendmentReason(),
					scorecard.getSubmittedAt(), form(interview, scorecard)))
			.toList();
		CandidatePicture panel = null;
		if (interview.isSubmitted()) {
			List<Interview> all = this.interviews.findByCandidateOrderByAssignedAtAscIdAsc(interview.getCandidate());
			panel = PanelPictures.picture(interview.getKitVersion(), all, traitNames, this.access.names()::apply);
		}
		return new ScorecardView(interview.getId(), interview.getCandidate().getFullName(),
				interview.getCandidate().getPosition(), kit.title(), rated, original.getRecommendation(),
				(original.getOverallNote() != null) ? original.getOverallNote() : "", original.getSubmittedAt(),
				original.getSavedAt(), amendments, panel, form(interview, interview.standing().orElse(original)));
	}

	/**
	 * Keeps the draft as it is typed; anything may still be empty. Refused as out of date
	 * once the scorecard is submitted.
	 * @return when it was saved
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional
	public Instant saveDraft(long interviewId, @Valid ScorecardForm form) {
		Interview interview = this.access.ownInterview(interviewId);
		refuseSubmitted(interview.original());
		CheckedScorecard checked = CheckedScorecard.check(interview, form, false, new Said("hiring.draft-not-saved"),
				List.of(), traitNames());
		Instant now = this.clock.instant();
		interview.original().write(checked.ratings(), form.recommendation(), checked.note(), now);
		flush(interview);
		return now;
	}

	/**
	 * Saves and submits the scorecard, which locks it. Needs every trait rated and a
	 * recommendation; submitted once only, from whichever tab is first.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional
	public void submit(long interviewId, @Valid ScorecardForm form) {
		Interview interview = this.access.ownInterview(interviewId);
		refuseSubmitted(interview.original());
		CheckedScorecard checked = CheckedScorecard.check(interview, form, true,
				new Said("hiring.scorecard-not-submitted"), List.of(), traitNames());
		Instant now = this.clock.instant();
		interview.original().write(checked.ratings(), form.recommendation(), checked.note(), now);
		interview.original().submit(now);
		flush(interview);
	}

	/**
	 * Amends a submitted scorecard: the amendment is kept beside the original, with its
	 * reason, and counts from now on.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional
	public void amend(long interviewId, @Valid ScorecardForm form, String reason) {
		Interview interview = this.access.ownInterview(interviewId);
		if (!interview.isSubmitted()) {
			throw new HiringRefusedException(new Said("hiring.amend-unsubmitted"));
		}
		String why = Reasons.stripped(reason);
		List<String> reasonProblems = Reasons.problems(why, HiringLimits.REASON_LENGTH,
				"Say why you amend the scorecard.");
		CheckedScorecard checked = CheckedScorecard.check(interview, form, true, new Said("hiring.amendment-not-saved"),
				reasonProblems, traitNames());
		Instant now = this.clock.instant();
		Scorecard amendment = interview.amend(why, now);
		amendment.write(checked.ratings(), form.recommendation(), checked.note(), now);
		amendment.submit(now);
		flushAmendment(interview);
	}

	/**
	 * A draft is changed and submitted from a page that showed it unsubmitted: when it is
	 * submitted, that page is out of date, such as another window's.
	 */
	private static void refuseSubmitted(Scorecard original) {
		if (original.isSubmitted()) {
			throw new HiringStaleException(new Said("hiring.scorecard-submitted-meanwhile"));
		}
	}

	private void flush(Interview interview) {
		try {
			this.interviews.saveAndFlush(interview);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new HiringStaleException(new Said("hiring.scorecard-saved-same-moment"));
		}
	}

	/**
	 * Two amendments saved at once would take the same revision number; the later loses.
	 */
	private void flushAmendment(Interview interview) {
		try {
			flush(interview);
		}
		catch (DataIntegrityViolationException ex) {
			throw new HiringStaleException(new Said("hiring.amendment-same-moment"));
		}
	}

	/**
	 * The trait model's names by code, so that a problem names the trait as the page
	 * does.
	 */
	private Map<String, String> traitNames() {
		return TraitNames.byCode(this.catalog.listTraits());
	}

	private static ScorecardForm form(Interview interview, Scorecard scorecard) {
		return new ScorecardForm(
				interview.getKitVersion()
					.getTraits()
					.stream()
					.map((trait) -> scorecard.rating(trait.getTraitCode())
						.map((rating) -> new ScorecardForm.Entry(trait.getTraitCode(), rating.getRating(),
								(rating.getEvidence() != null) ? rating.getEvidence() : ""))
						.orElse(new ScorecardForm.Entry(trait.getTraitCode(), null, "")))
					.toList(),
				scorecard.getRecommendation(), (scorecard.getOverallNote() != null) ? scorecard.getOverallNote() : "");
	}

}
