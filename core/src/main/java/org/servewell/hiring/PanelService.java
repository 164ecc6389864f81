package org.servewell.hiring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.servewell.hiring.domain.Candidate;
import org.servewell.hiring.domain.Interview;
import org.servewell.hiring.domain.InterviewKitVersion;
import org.servewell.hiring.domain.InterviewKitVersionRepository;
import org.servewell.hiring.domain.InterviewRepository;
import org.servewell.people.Roles;
import org.servewell.people.directory.StaffMember;
import org.servewell.shared.Said;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A candidate's interview panel: HR assigns interviewers, each rating with the kit the
 * panel shares, and takes off one who has not submitted. HR only.
 */
@Service
public class PanelService {

	private final InterviewRepository interviews;

	private final InterviewKitVersionRepository kitVersions;

	private final CandidateRecords records;

	private final ScreeningAccess access;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PanelService(InterviewRepository interviews, InterviewKitVersionRepository kitVersions, CandidateRecords records,
			ScreeningAccess access, Clock clock, ApplicationEventPublisher events) {
		this.interviews = interviews;
		this.kitVersions = kitVersions;
		this.records = records;
		this.access = access;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Assigns an interviewer to a candidate. Every interviewer on a candidate rates with
	 * the same kit version, the one the first was given, so that their ratings compare;
	 * {@code kitCode} chooses it for the first and must match for the others. Announces
	 * it ({@link InterviewerAssigned}) so that the interviewer is told.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional
	public void assignInterviewer(long candidateId, long interviewerId, String kitCode) {
		Candidate candidate = this.records.findKept(candidateId);
		StaffMember interviewer = this.access.staff(interviewerId)
			.filter(StaffMember::enabled)
			.orElseThrow(() -> new HiringRefusedException(new Said("hiring.interviewer-cannot-sign-in")));
		if (this.interviews.existsByCandidateAndInterviewerId(candidate, interviewerId)) {
			throw new HiringRefusedException(
					new Said("hiring.interviewer-already-on-panel", interviewer.displayName()));
		}
		InterviewKitVersion kit = panelKit(this.records.panel(candidate), kitCode);
		Instant now = this.clock.instant();
		Interview interview = this.interviews
			.save(new Interview(candidate, interviewerId, kit, this.access.currentPersonId(), now));
		candidate.interviewing(now);
		this.events.publishEvent(new InterviewerAssigned(interview.getId(), candidate.getId(), interviewerId,
				candidate.getPosition(), kit.getTitle()));
	}

	/**
	 * Takes an interviewer off a candidate, with their draft. Refused once they have
	 * submitted: a submitted scorecard is kept.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional
	public void removeInterviewer(long interviewId) {
		Interview interview = this.interviews.findById(interviewId)
			.orElseThrow(() -> new HiringNotFoundException(new Said("hiring.interview-missing", interviewId)));
		if (interview.isSubmitted()) {
			throw new HiringRefusedException(new Said("hiring.interviewer-submitted"));
		}
		this.interviews.delete(interview);
	}

	/**
	 * The kit version a new interviewer rates with: the newest version of the chosen kit
	 * for the first, the panel's for the others.
	 */
	private InterviewKitVersion panelKit(List<Interview> panel, String kitCode) {
		if (panel.isEmpty()) {
			InterviewKitVersion kit = this.kitVersions.findNewestVersion((kitCode != null) ? kitCode : "")
				.orElseThrow(() -> new HiringRefusedException(new Said("hiring.choose-kit")));
			if (kit.getKit().isRetired()) {
				throw new HiringRefusedException(new Said("hiring.panel-kit-retired", kit.getTitle()));
			}
			return kit;
		}
		InterviewKitVersion kit = panel.get(0).getKitVersion();
		if (kitCode != null && !kitCode.equals(kit.getKit().getCode())) {
			throw new HiringRefusedException(new Said("hiring.panel-kit-fixed", kit.getTitle()));
		}
		return kit;
	}

}
