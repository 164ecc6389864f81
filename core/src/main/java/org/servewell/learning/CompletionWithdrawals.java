package org.servewell.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.servewell.audit.AuditTrail;
import org.servewell.catalog.bank.BankPath;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.domain.AssignmentStandings;
import org.servewell.learning.domain.Completion;
import org.servewell.learning.domain.CompletionRepository;
import org.servewell.people.PeopleService;
import org.servewell.people.Roles;
import org.servewell.people.SignedInPerson;
import org.servewell.shared.Said;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR and administrators withdraw a course's completion that should not stand (awarded in
 * error, or not the learner's own work). The row stays, so that the certificate's code
 * verifies as withdrawn rather than unknown; the completion stops counting the way an
 * expired one does ({@link Completion#isActiveOn}): the course is due again, the
 * assignment's kept standing is worked out again (decision 0019), and the completions of
 * paths containing the course are withdrawn with it. Who, when and why are kept on the
 * row and in the audit trail.
 */
@Service
public class CompletionWithdrawals {

	private final CompletionRepository completions;

	private final AssignmentStandings standings;

	private final CourseBank bank;

	private final PeopleService people;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CompletionWithdrawals(CompletionRepository completions, AssignmentStandings standings, CourseBank bank,
			PeopleService people, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.completions = completions;
		this.standings = standings;
		this.bank = bank;
		this.people = people;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The person's completion of the course that counts today, which HR may withdraw;
	 * empty when there is none (never completed, expired or already withdrawn).
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional(readOnly = true)
	public Optional<WithdrawableCompletion> withdrawable(long personId, String courseCode) {
		LocalDate today = LocalDate.now(this.clock);
		return this.bank.courseId(courseCode)
			.flatMap((courseId) -> this.completions.findFirstByPersonIdAndCourseIdOrderByCompletedAtDesc(personId,
					courseId))
			.filter((completion) -> completion.isActiveOn(today))
			.map((completion) -> new WithdrawableCompletion(completion.getId(), completion.getLearnerName(),
					completion.getAchievement(), LocalDate.ofInstant(completion.getCompletedAt(), this.clock.getZone()),
					completion.getCertificateNumber()));
	}

	/**
	 * Withdraws a course's completion, with the reason (required, trimmed, at most
	 * {@value LearningLimits#WITHDRAWAL_REASON_LENGTH} characters) that the learner will
	 * read. Refused when the reason is missing or too long, the completion is not a
	 * course's completion, or it was withdrawn already; nothing changes then.
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional
	public CompletionWithdrawn withdraw(long completionId, String reason) {
		String given = (reason == null) ? "" : reason.strip();
		if (given.isEmpty()) {
			throw new InvalidWithdrawalException(new Said("learning.withdraw.reason-missing"));
		}
		if (given.length() > LearningLimits.WITHDRAWAL_REASON_LENGTH) {
			throw new InvalidWithdrawalException(new Said("learning.withdraw.reason-too-long",
					LearningLimits.WITHDRAWAL_REASON_LENGTH, given.length()));
		}
		SignedInPerson me = this.people.currentPerson()
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.sign-in-for-certificates")));
		Completion completion = this.completions.findLockedById(completionId)
			.filter((found) -> found.getCourseId() != null)
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.withdraw.completion-missing")));
		if (completion.isWithdrawn()) {
			throw new CertificateWithdrawnException(new Said("learning.withdraw.already",
					OffsetDateTime.ofInstant(completion.getWithdrawnAt(), ZoneOffset.UTC)));
		}
		Instant at = this.clock.instant();
		withdraw(completion, at, me, given);
		long courseId = completion.getCourseId();
		for (Completion path : this.completions.findByPersonIdOrderByCompletedAtDesc(completion.getPersonId())) {
			if (path.getPathId() != null && !path.isWithdrawn() && contains(path.getPathId(), courseId)) {
				withdraw(path, at, me, given);
			}
		}
		this.completions.flush();
		this.standings.recompute(completion.getPersonId(), courseId);
		CompletionWithdrawn withdrawn = new CompletionWithdrawn(completion.getId(), completion.getPersonId(), courseId,
				at, completion.getCertificateNumber(), completion.getAchievement());
		this.events.publishEvent(withdrawn);
		return withdrawn;
	}

	private void withdraw(Completion completion, Instant at, SignedInPerson me, String reason) {
		completion.withdraw(at, me.id(), reason);
		this.audit.record("COMPLETION_WITHDRAWN", "certificate " + completion.getCertificateNumber(),
				"Withdrew the certificate of " + completion.getLearnerName() + " for \"" + completion.getAchievement()
						+ "\" (completion " + completion.getId() + "): " + reason);
	}

	private boolean contains(long pathId, long courseId) {
		return this.bank.path(pathId)
			.map(BankPath::courses)
			.stream()
			.flatMap(List::stream)
			.anyMatch((step) -> step.courseId() == courseId);
	}

}
