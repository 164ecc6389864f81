package org.servewell.learning;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.servewell.catalog.bank.BankPath;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.domain.AssignmentStandings;
import org.servewell.learning.domain.AttemptStatus;
import org.servewell.learning.domain.Completion;
import org.servewell.learning.domain.CompletionRepository;
import org.servewell.learning.domain.LessonReadRepository;
import org.servewell.learning.domain.PathAssignment;
import org.servewell.learning.domain.PathAssignmentRepository;
import org.servewell.learning.domain.QuizAttempt;
import org.servewell.learning.domain.QuizAttemptRepository;
import org.servewell.people.directory.PeopleDirectory;
import org.servewell.people.directory.StaffMember;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records completions: a course once its lessons are read and its quiz passed (in either
 * order), a path once all its courses are complete. Each completion gets a certificate
 * number and a verification code. Runs inside the caller's transaction, and announces a
 * course's completion in it ({@link CourseCompleted}).
 */
@Component
class CompletionRecorder {

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private final SecureRandom random = new SecureRandom();

	private final CompletionRepository completions;

	private final QuizAttemptRepository attempts;

	private final LessonReadRepository lessonsRead;

	private final PathAssignmentRepository pathAssignments;

	private final CourseBank bank;

	private final PeopleDirectory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final AssignmentStandings standings;

	CompletionRecorder(CompletionRepository completions, QuizAttemptRepository attempts,
			LessonReadRepository lessonsRead, PathAssignmentRepository pathAssignments, CourseBank bank,
			PeopleDirectory directory, ApplicationEventPublisher events, Clock clock, AssignmentStandings standings) {
		this.completions = completions;
		this.standings = standings;
		this.attempts = attempts;
		this.lessonsRead = lessonsRead;
		this.pathAssignments = pathAssignments;
		this.bank = bank;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records that the person has begun the course (read a lesson or begun an attempt),
	 * for where their assignment stands.
	 */
	void started(long personId, long courseId) {
		this.standings.started(personId, courseId);
	}

	/**
	 * Completes the course in this version if its lessons are read and a passed attempt
	 * on it exists.
	 */
	Optional<Completion> completeIfDone(long personId, BankVersion version) {
		Optional<Completion> existing = active(personId, version.courseId());
		if (existing.isPresent()) {
			return existing;
		}
		int roundStartsAfter = roundStartsAfter(personId, version.courseId());
		Set<Integer> read = new HashSet<>(this.lessonsRead.findReadLessonNumbers(personId, version.versionId()));
		boolean allRead = version.lessons().stream().allMatch((lesson) -> read.contains(lesson.number()));
		Optional<QuizAttempt> passed = this.attempts
			.findByPersonIdAndCourseIdOrderByAttemptNumberAsc(personId, version.courseId())
			.stream()
			.filter((attempt) -> attempt.getStatus() == AttemptStatus.SUBMITTED
					&& attempt.getCourseVersionId() == version.versionId() && Boolean.TRUE.equals(attempt.getPassed())
					&& attempt.getAttemptNumber() > roundStartsAfter)
			.reduce((first, second) -> (second.getScorePercent() > first.getScorePercent()) ? second : first);
		if (!allRead || passed.isEmpty()) {
			return Optional.empty();
		}
		Completion completion = this.completions.save(Completion
			.ofCourse(personId, learnerName(personId), version.title(), version.courseId(), version.versionId(),
					passed.get().getId(), passed.get().getScorePercent(), certificateNumber(), verificationCode())
			.expiringOn((version.renewAfterMonths() > 0)
					? LocalDate.now(this.clock).plusMonths(version.renewAfterMonths()) : null));
		this.standings.completed(personId, version.courseId(), completion.getExpiresOn());
		this.events.publishEvent(new CourseCompleted(completion.getId(), personId, version.courseId(),
				version.courseCode(), version.title(), completion.getCompletedAt(), completion.getCertificateNumber(),
				completion.getExpiresOn(), version.language()));
		completePathsContaining(personId, version.courseId());
		return Optional.of(completion);
	}

	/**
	 * The person's completion of the course that still counts today (neither expired nor
	 * withdrawn), if any.
	 */
	Optional<Completion> active(long personId, long courseId) {
		return this.completions.findFirstByPersonIdAndCourseIdOrderByCompletedAtDesc(personId, courseId)
			.filter((completion) -> completion.isActiveOn(LocalDate.now(this.clock)));
	}

	/**
	 * The attempt number after which the person's current round of a course begins: the
	 * number of the attempt that earned their last completion if that has expired or was
	 * withdrawn (earlier attempts belong to the earlier round, and a withdrawn
	 * completion's passed attempt must not complete the course again), otherwise 0.
	 * Attempt numbers, not times, mark the round: a database may keep times to the second
	 * only.
	 */
	int roundStartsAfter(long personId, long courseId) {
		return this.completions.findFirstByPersonIdAndCourseIdOrderByCompletedAtDesc(personId, courseId)
			.filter((completion) -> !completion.isActiveOn(LocalDate.now(this.clock)))
			.map(Completion::getAttemptId)
			.flatMap(this.attempts::findById)
			.map(QuizAttempt::getAttemptNumber)
			.orElse(0);
	}

	private void completePathsContaining(long personId, long courseId) {
		for (PathAssignment enrolment : this.pathAssignments.findByPersonIdOrderByIdAsc(personId)) {
			BankPath path = this.bank.path(enrolment.getPathId()).orElse(null);
			if (path == null || path.courses().stream().noneMatch((step) -> step.courseId() == courseId)
					|| this.completions.findFirstByPersonIdAndPathIdOrderByCompletedAtDesc(personId, path.id())
						.filter((done) -> !done.isWithdrawn())
						.isPresent()) {
				continue;
			}
			boolean allComplete = path.courses()
				.stream()
				.allMatch((step) -> active(personId, step.courseId()).isPresent());
			if (allComplete) {
				this.completions.save(Completion.ofPath(personId, learnerName(personId), path.title(), path.id(),
						certificateNumber(), verificationCode()));
			}
		}
	}

	private String learnerName(long personId) {
		return this.directory.staff(personId).map(StaffMember::displayName).orElse("Unknown");
	}

	String certificateNumber() {
		return "SW-" + NUMBER_DATE.format(LocalDate.now(this.clock)) + "-" + randomCode(6);
	}

	String verificationCode() {
		String code = randomCode(12);
		return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
	}

	private String randomCode(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(CODE_ALPHABET.charAt(this.random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	/** Completions of a person, newest first. */
	List<Completion> of(long personId) {
		return this.completions.findByPersonIdOrderByCompletedAtDesc(personId);
	}

}
