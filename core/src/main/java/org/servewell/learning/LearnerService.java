package org.servewell.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.servewell.catalog.bank.BankPath;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.content.OptionContent;
import org.servewell.learning.domain.AttemptItem;
import org.servewell.learning.domain.AttemptStatus;
import org.servewell.learning.domain.Completion;
import org.servewell.learning.domain.CourseAssignment;
import org.servewell.learning.domain.CourseAssignmentRepository;
import org.servewell.learning.domain.LessonRead;
import org.servewell.learning.domain.LessonReadRepository;
import org.servewell.learning.domain.PathAssignment;
import org.servewell.learning.domain.PathAssignmentRepository;
import org.servewell.learning.domain.QuizAttempt;
import org.servewell.learning.domain.QuizAttemptRepository;
import org.servewell.people.PeopleService;
import org.servewell.people.Roles;
import org.servewell.people.SignedInPerson;
import org.servewell.shared.Said;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's own learning: what is assigned and due, the course player's lessons and
 * progress, and results by service trait. Every call answers for the signed-in person
 * only.
 */
@Service
public class LearnerService {

	private final CourseAssignmentRepository courseAssignments;

	private final PathAssignmentRepository pathAssignments;

	private final LessonReadRepository lessonsRead;

	private final QuizAttemptRepository attempts;

	private final CompletionRecorder completions;

	private final CourseBank bank;

	private final PeopleService people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LearnerService(CourseAssignmentRepository courseAssignments, PathAssignmentRepository pathAssignments,
			LessonReadRepository lessonsRead, QuizAttemptRepository attempts, CompletionRecorder completions,
			CourseBank bank, PeopleService people, ApplicationEventPublisher events, Clock clock) {
		this.courseAssignments = courseAssignments;
		this.pathAssignments = pathAssignments;
		this.lessonsRead = lessonsRead;
		this.attempts = attempts;
		this.completions = completions;
		this.bank = bank;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The signed-in learner's paths, courses (soonest due first) and results by trait.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public MyLearning myLearning() {
		return myLearning(null);
	}

	/**
	 * The signed-in learner's paths, courses (soonest due first) and results by trait,
	 * with course titles in the reader's language where a course is translated into it.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public MyLearning myLearning(Locale reader) {
		SignedInPerson me = me();
		LocalDate today = LocalDate.now(this.clock);
		Standings standings = standings(me.id(), today);
		Map<Long, BankPath> pathsById = new HashMap<>();
		this.bank.paths().forEach((path) -> pathsById.put(path.id(), path));

		List<LearnerCourse> courses = new ArrayList<>();
		for (CourseAssignment assignment : this.courseAssignments.findByPersonIdOrderByDueDateAscIdAsc(me.id())) {
			Optional<BankVersion> newest = this.bank.newestVersion(assignment.getCourseId());
			if (newest.isEmpty()) {
				continue;
			}
			courses.add(course(me.id(), assignment, newest.get(),
					standings.completedCourses().get(assignment.getCourseId()),
					standings.renewalDue().get(assignment.getCourseId()),
					standings.withdrawals().get(assignment.getCourseId()), pathsById, today, reader));
		}
		courses
			.sort(Comparator.comparing((LearnerCourse course) -> course.state() == LearnerCourse.CourseState.COMPLETE)
				.thenComparing(LearnerCourse::dueDate, Comparator.nullsLast(Comparator.naturalOrder())));

		List<LearnerPath> paths = new ArrayList<>();
		for (PathAssignment enrolment : this.pathAssignments.findByPersonIdOrderByIdAsc(me.id())) {
			BankPath path = pathsById.get(enrolment.getPathId());
			if (path == null) {
				continue;
			}
			int complete = (int) path.courses()
				.stream()
				.filter((step) -> standings.completedCourses().containsKey(step.courseId()))
				.count();
			LocalDate due = courses.stream()
				.filter((course) -> path.code().equals(course.pathCode()))
				.map(LearnerCourse::dueDate)
				.filter(java.util.Objects::nonNull)
				.max(Comparator.naturalOrder())
				.orElse(null);
			Completion done = standings.completedPaths().get(path.id());
			paths.add(new LearnerPath(path.code(), path.title(), complete, path.courses().size(), due,
					(done != null) ? done.getId() : null));
		}
		return new MyLearning(me.displayName(), paths, courses, traitResults(me.id()));
	}

	/**
	 * A learner's completions by what they mean today: courses complete, renewals due,
	 * paths complete, and withdrawals still the latest word on their course.
	 */
	private Standings standings(long personId, LocalDate today) {
		Map<Long, Completion> completedCourses = new HashMap<>();
		Map<Long, LocalDate> renewalDue = new HashMap<>();
		Map<Long, Completion> completedPaths = new HashMap<>();
		Map<Long, LearnerCourse.Withdrawal> withdrawals = new HashMap<>();
		Set<Long> seenCourses = new HashSet<>();
		for (Completion completion : this.completions.of(personId)) {
			if (completion.getCourseId() != null) {
				// Newest first: a withdrawal is told only while it is the latest word on
				// the course, and a withdrawn completion puts no renewal date back.
				boolean newest = seenCourses.add(completion.getCourseId());
				if (completion.isWithdrawn()) {
					if (newest) {
						withdrawals.put(completion.getCourseId(),
								new LearnerCourse.Withdrawal(
										LocalDate.ofInstant(completion.getWithdrawnAt(), this.clock.getZone()),
										completion.getWithdrawnReason()));
					}
				}
				else if (completion.isActiveOn(today)) {
					completedCourses.putIfAbsent(completion.getCourseId(), completion);
				}
				else {
					renewalDue.merge(completion.getCourseId(), completion.getExpiresOn(),
							(a, b) -> a.isAfter(b) ? a : b);
				}
			}
			else if (!completion.isWithdrawn()) {
				completedPaths.putIfAbsent(completion.getPathId(), completion);
			}
		}
		return new Standings(completedCourses, renewalDue, completedPaths, withdrawals);
	}

	private record Standings(Map<Long, Completion> completedCourses, Map<Long, LocalDate> renewalDue,
			Map<Long, Completion> completedPaths, Map<Long, LearnerCourse.Withdrawal> withdrawals) {
	}

	/** The course player's outline of a course for the signed-in learner. */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public CourseOutline outline(String courseCode) {
		return outline(courseCode, null);
	}

	/**
	 * The course player's outline of a course for the signed-in learner, in the reader's
	 * language where the course is translated into it.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public CourseOutline outline(String courseCode, Locale reader) {
		SignedInPerson me = me();
		BankVersion version = currentVersion(me.id(), courseId(courseCode)).in(reader);
		Set<Integer> read = new HashSet<>(this.lessonsRead.findReadLessonNumbers(me.id(), version.versionId()));
		List<CourseOutline.LessonStep> lessons = version.lessons()
			.stream()
			.map((lesson) -> new CourseOutline.LessonStep(lesson.number(), lesson.title(),
					read.contains(lesson.number())))
			.toList();
		List<QuizAttempt> tries = currentTries(me.id(), version.courseId());
		Long open = tries.stream().filter(QuizAttempt::isInProgress).map(QuizAttempt::getId).findFirst().orElse(null);
		boolean passed = tries.stream().anyMatch((attempt) -> Boolean.TRUE.equals(attempt.getPassed()));
		Integer best = tries.stream()
			.map(QuizAttempt::getScorePercent)
			.filter(java.util.Objects::nonNull)
			.max(Integer::compare)
			.orElse(null);
		CourseOutline.QuizStep quiz = new CourseOutline.QuizStep(version.quiz(), tries.size(), open, passed, best);
		Long completionId = this.completions.active(me.id(), version.courseId()).map(Completion::getId).orElse(null);
		return new CourseOutline(version.courseCode(), version.title(), version.versionNumber(), lessons, quiz,
				completionId);
	}

	/** One lesson of the version the learner is on. */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public LessonPage lesson(String courseCode, int number) {
		return lesson(courseCode, number, null);
	}

	/**
	 * One lesson of the version the learner is on, in the reader's language where the
	 * course is translated into it.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public LessonPage lesson(String courseCode, int number, Locale reader) {
		SignedInPerson me = me();
		BankVersion version = currentVersion(me.id(), courseId(courseCode)).in(reader);
		BankVersion.BankLesson lesson = version.lessons()
			.stream()
			.filter((candidate) -> candidate.number() == number)
			.findFirst()
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.lesson-missing", number)));
		return new LessonPage(version.courseCode(), version.title(), number, version.lessons().size(), lesson.title(),
				lesson.markdown(),
				lesson.sources()
					.stream()
					.map((source) -> new LessonPage.Source(source.essay(), source.points()))
					.toList(),
				version.language());
	}

	/**
	 * Records that the learner has read a lesson; completes the course when that was the
	 * last step.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional
	public void markRead(String courseCode, int number) {
		SignedInPerson me = me();
		BankVersion version = currentVersion(me.id(), courseId(courseCode));
		BankVersion.BankLesson lesson = version.lessons()
			.stream()
			.filter((candidate) -> candidate.number() == number)
			.findFirst()
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.lesson-missing", number)));
		LessonRead.Key key = new LessonRead.Key(me.id(), version.versionId(), number);
		if (!this.lessonsRead.existsById(key)) {
			LessonRead read = this.lessonsRead.save(new LessonRead(me.id(), version.versionId(), number));
			this.lessonsRead.flush();
			this.events.publishEvent(new LessonMarkedRead(me.id(), version.versionId(), version.courseCode(),
					version.title(), number, lesson.title(), version.language(), read.getReadAt()));
			this.completions.started(me.id(), version.courseId());
			this.completions.completeIfDone(me.id(), version);
		}
	}

	/**
	 * The version a learner works on: the one of their attempt in progress (it keeps its
	 * version), otherwise the one their passed attempt used, otherwise the newest.
	 */
	private BankVersion currentVersion(long personId, long courseId) {
		List<QuizAttempt> tries = currentTries(personId, courseId);
		Optional<QuizAttempt> anchor = tries.stream()
			.filter(QuizAttempt::isInProgress)
			.findFirst()
			.or(() -> tries.stream().filter((attempt) -> Boolean.TRUE.equals(attempt.getPassed())).findFirst());
		if (anchor.isPresent()) {
			return this.bank.version(anchor.get().getCourseVersionId());
		}
		return this.bank.newestVersion(courseId)
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.this-course-not-published")));
	}

	private LearnerCourse course(long personId, CourseAssignment assignment, BankVersion newest, Completion done,
			LocalDate renewalDue, LearnerCourse.Withdrawal withdrawal, Map<Long, BankPath> paths, LocalDate today,
			Locale reader) {
		// An expired completion puts the course back as due on the day it expired.
		LocalDate dueDate = (done == null && renewalDue != null) ? renewalDue : assignment.getDueDate();
		BankVersion version = currentVersion(personId, assignment.getCourseId());
		int read = this.lessonsRead.findReadLessonNumbers(personId, version.versionId()).size();
		int lessons = version.lessons().size();
		List<QuizAttempt> tries = currentTries(personId, assignment.getCourseId());
		boolean passed = tries.stream().anyMatch((attempt) -> Boolean.TRUE.equals(attempt.getPassed()));
		Integer best = tries.stream()
			.map(QuizAttempt::getScorePercent)
			.filter(java.util.Objects::nonNull)
			.max(Integer::compare)
			.orElse(null);
		LearnerCourse.CourseState state;
		if (done != null) {
			state = LearnerCourse.CourseState.COMPLETE;
		}
		else if (tries.stream().anyMatch(QuizAttempt::isInProgress)) {
			state = LearnerCourse.CourseState.QUIZ_IN_PROGRESS;
		}
		else if (!passed && tries.size() >= version.quiz().attemptsAllowed() && !tries.isEmpty()) {
			state = LearnerCourse.CourseState.NO_ATTEMPTS_LEFT;
		}
		else if (!tries.isEmpty() && !passed) {
			state = LearnerCourse.CourseState.QUIZ_FAILED;
		}
		else if (read > 0 || passed) {
			state = LearnerCourse.CourseState.READING;
		}
		else {
			state = LearnerCourse.CourseState.NOT_STARTED;
		}
		int progress = (done != null) ? 100 : (int) (100.0 * (read + (passed ? 1 : 0)) / (lessons + 1));
		boolean overdue = done == null && dueDate != null && dueDate.isBefore(today);
		BankPath path = (assignment.getPathId() != null) ? paths.get(assignment.getPathId()) : null;
		return new LearnerCourse(newest.courseCode(), version.in(reader).title(), summaryOf(version),
				(path != null) ? path.code() : null, dueDate, overdue, read, lessons, state, best,
				(done != null) ? done.getId() : null, progress,
				assignment.getSource() == org.servewell.learning.domain.AssignmentSource.HIRING,
				(done == null) ? withdrawal : null);
	}

	private static String summaryOf(BankVersion version) {
		return version.lessons().size() + " lessons and a quiz of " + version.quiz().scenariosPerAttempt()
				+ " scenarios";
	}

	private List<TraitResult> traitResults(long personId) {
		Map<String, String> names = this.bank.traitNames();
		Map<String, double[]> totals = new LinkedHashMap<>();
		names.keySet().forEach((code) -> totals.put(code, new double[2]));
		for (QuizAttempt attempt : this.attempts.findByPersonIdAndStatus(personId, AttemptStatus.SUBMITTED)) {
			BankVersion version = this.bank.version(attempt.getCourseVersionId());
			for (AttemptItem item : attempt.getItems()) {
				BankVersion.BankScenario scenario = version.scenario(item.getScenarioId());
				double credit = (item.getChosenOptionId() != null)
						? OptionContent.credit(scenario.option(item.getChosenOptionId()).rating()) : 0;
				for (String trait : scenario.traits()) {
					double[] total = totals.computeIfAbsent(trait, (code) -> new double[2]);
					total[0] += credit;
					total[1]++;
				}
			}
		}
		List<TraitResult> results = new ArrayList<>();
		totals.forEach((code, total) -> {
			if (total[1] > 0) {
				results.add(new TraitResult(code, names.getOrDefault(code, code),
						(int) Math.round(100 * total[0] / total[1]), (int) total[1]));
			}
		});
		return results;
	}

	/**
	 * The learner's attempts in their current round of the course (after an expired
	 * completion, if any).
	 */
	private List<QuizAttempt> currentTries(long personId, long courseId) {
		int after = this.completions.roundStartsAfter(personId, courseId);
		return this.attempts.findByPersonIdAndCourseIdOrderByAttemptNumberAsc(personId, courseId)
			.stream()
			.filter((attempt) -> attempt.getAttemptNumber() > after)
			.toList();
	}

	private long courseId(String courseCode) {
		return this.bank.courseId(courseCode)
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.course-missing", courseCode)));
	}

	private SignedInPerson me() {
		return this.people.currentPerson()
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.sign-in-for-learning")));
	}

}
