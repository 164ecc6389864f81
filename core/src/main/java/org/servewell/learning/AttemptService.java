package org.servewell.learning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.content.OptionContent;
import org.servewell.learning.domain.AnswerWrites;
import org.servewell.learning.domain.AttemptItem;
import org.servewell.learning.domain.AttemptItemRepository;
import org.servewell.learning.domain.AttemptStatus;
import org.servewell.learning.domain.Completion;
import org.servewell.learning.domain.QuizAttempt;
import org.servewell.learning.domain.QuizAttemptRepository;
import org.servewell.people.PeopleService;
import org.servewell.people.Roles;
import org.servewell.shared.Said;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scenario quizzes that never lose an answer: an attempt keeps the course version it
 * started with; each chosen option is stored at once in its own small transaction; an
 * attempt is submitted exactly once; only then do ratings, best answers and feedback
 * leave the server. Every call works on the signed-in learner's own attempts only.
 * <p>
 * Saving an answer and submitting both lock the attempt's row; submitting then reads the
 * answers at READ COMMITTED, so it waits for an answer being stored and counts it:
 * nothing is lost, nothing counted twice.
 */
@Service
public class AttemptService {

	/**
	 * How long saving an answer may take in the database (the statements' query timeout;
	 * a save takes milliseconds). Without it a save waiting for a lock waits as long as
	 * the server lets it (50 s on MySQL).
	 */
	public static final int SAVE_TIMEOUT_SECONDS = 5;

	private final QuizAttemptRepository attempts;

	private final AttemptItemRepository items;

	private final AnswerWrites answers;

	private final CourseBank bank;

	private final PeopleService people;

	private final CompletionRecorder completions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final Random random = new java.security.SecureRandom();

	AttemptService(QuizAttemptRepository attempts, AttemptItemRepository items, AnswerWrites answers, CourseBank bank,
			PeopleService people, CompletionRecorder completions, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.attempts = attempts;
		this.items = items;
		this.answers = answers;
		this.bank = bank;
		this.people = people;
		this.completions = completions;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * The learner's attempt in progress on the course, or a new one drawn from the newest
	 * version when none is open and attempts are left.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	public AttemptView startOrResume(String courseCode) {
		return startOrResume(courseCode, null);
	}

	/**
	 * The learner's attempt in progress on the course, or a new one, in the reader's
	 * language where the course is translated into it.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	public AttemptView startOrResume(String courseCode, Locale reader) {
		try {
			return this.transaction.execute((status) -> startOrResumeOnce(courseCode, reader));
		}
		catch (DataIntegrityViolationException ex) {
			// Two tabs opening a first attempt at the same instant race for the one open
			// attempt the database allows (and for its number): the loser's transaction
			// is spent, so a new one resumes the winner's attempt.
			return this.transaction.execute((status) -> startOrResumeOnce(courseCode, reader));
		}
	}

	private AttemptView startOrResumeOnce(String courseCode, Locale reader) {
		long me = me();
		long courseId = this.bank.courseId(courseCode)
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.course-missing", courseCode)));
		QuizAttempt open = this.attempts.findByPersonIdAndCourseIdAndStatus(me, courseId, AttemptStatus.IN_PROGRESS)
			.orElse(null);
		if (open != null) {
			return view(open, reader);
		}
		BankVersion version = this.bank.newestVersion(courseId)
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.course-not-published", courseCode)));
		List<QuizAttempt> all = this.attempts.findByPersonIdAndCourseIdOrderByAttemptNumberAsc(me, courseId);
		// After an expired completion a new round begins: earlier attempts no longer
		// count.
		int after = this.completions.roundStartsAfter(me, courseId);
		List<QuizAttempt> earlier = all.stream().filter((attempt) -> attempt.getAttemptNumber() > after).toList();
		if (earlier.stream().anyMatch((attempt) -> Boolean.TRUE.equals(attempt.getPassed()))) {
			throw new QuizRefusedException(new Said("learning.quiz-passed"));
		}
		if (earlier.size() >= version.quiz().attemptsAllowed()) {
			throw new QuizRefusedException(new Said("learning.attempts-used", version.quiz().attemptsAllowed()));
		}
		QuizAttempt attempt = new QuizAttempt(me, courseId, version.versionId(), all.size() + 1);
		List<QuizDraw.Candidate> candidates = version.scenarios()
			.stream()
			.map((scenario) -> new QuizDraw.Candidate(scenario.id(), new HashSet<>(scenario.traits())))
			.toList();
		List<Long> seen = this.attempts.findSeenScenarioIds(me, courseId);
		for (long scenarioId : QuizDraw.draw(candidates, seen, version.quiz().scenariosPerAttempt(), this.random)) {
			List<Long> optionIds = version.scenario(scenarioId)
				.options()
				.stream()
				.map(BankVersion.BankOption::id)
				.toList();
			attempt.addItem(scenarioId, QuizDraw.optionOrder(optionIds, version.quiz().shuffleOptions(), this.random));
		}
		QuizAttempt saved = this.attempts.saveAndFlush(attempt);
		this.completions.started(me, courseId);
		this.events.publishEvent(new QuizAttemptStarted(saved.getId(), me, version.courseCode(), version.title(),
				saved.getAttemptNumber(), version.language(), saved.getStartedAt()));
		return view(saved, reader);
	}

	/** The learner's attempt as it stands, for a second tab or after a reload. */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public AttemptView attempt(long attemptId) {
		return attempt(attemptId, null);
	}

	/** The learner's attempt as it stands, in the reader's language where it can be. */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public AttemptView attempt(long attemptId, Locale reader) {
		return view(own(attemptId), reader);
	}

	/**
	 * Stores the chosen option at once. Refused, changing nothing, when the attempt is
	 * submitted or the option is not one of the scenario's. Gives up, changing nothing,
	 * when the database keeps it waiting longer than {@link #SAVE_TIMEOUT_SECONDS}: the
	 * learner is waiting for the word "saved".
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(timeout = SAVE_TIMEOUT_SECONDS)
	public SavedAnswer saveAnswer(long attemptId, long itemId, long optionId) {
		Instant now = this.clock.instant();
		if (!this.answers.save(attemptId, me(), itemId, optionId, now)) {
			throw refusal(attemptId, itemId);
		}
		return new SavedAnswer(itemId, optionId, now);
	}

	/**
	 * Why an answer was not stored, looked up only once it was refused: the save itself
	 * cannot tell the cases apart.
	 */
	private RuntimeException refusal(long attemptId, long itemId) {
		if (!own(attemptId).isInProgress()) {
			return new QuizRefusedException(new Said("learning.attempt-submitted"));
		}
		if (this.items.findByIdAndAttemptId(itemId, attemptId).isEmpty()) {
			return new LearningNotFoundException(new Said("learning.question-missing"));
		}
		return new QuizRefusedException(new Said("learning.answer-not-an-option"));
	}

	/**
	 * Submits the attempt and scores it. A second submission (a double click, another
	 * tab) gets the same result and counts nothing twice.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public AttemptResult submit(long attemptId) {
		return submit(attemptId, null);
	}

	/**
	 * Submits the attempt and scores it, and gives the result in the reader's language
	 * where the course is translated into it.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public AttemptResult submit(long attemptId, Locale reader) {
		long me = me();
		if (this.attempts.lockOwned(attemptId, me, this.clock.instant()) == 0) {
			throw new LearningNotFoundException(new Said("learning.attempt-missing"));
		}
		// Read after the lock, at READ COMMITTED: every answer committed before the lock
		// counts.
		QuizAttempt attempt = this.attempts.findById(attemptId).orElseThrow();
		BankVersion version = this.bank.version(attempt.getCourseVersionId());
		if (attempt.isInProgress()) {
			List<Integer> ratings = new ArrayList<>();
			for (AttemptItem item : attempt.getItems()) {
				ratings.add((item.getChosenOptionId() != null)
						? version.scenario(item.getScenarioId()).option(item.getChosenOptionId()).rating() : null);
			}
			QuizScore score = QuizScore.of(ratings, version.quiz());
			attempt.submit(score.percent(), score.passed(), this.clock.instant());
			this.attempts.flush();
			this.events.publishEvent(submitted(attempt, version));
			if (score.passed()) {
				this.completions.completeIfDone(me, version);
			}
		}
		return result(attempt, version.in(reader));
	}

	/** The result of one of the learner's submitted attempts. */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public AttemptResult result(long attemptId) {
		return result(attemptId, null);
	}

	/**
	 * The result of one of the learner's submitted attempts, in the reader's language.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public AttemptResult result(long attemptId, Locale reader) {
		QuizAttempt attempt = own(attemptId);
		if (attempt.isInProgress()) {
			throw new QuizRefusedException(new Said("learning.submit-first"));
		}
		return result(attempt, this.bank.version(attempt.getCourseVersionId()).in(reader));
	}

	/** The learner's attempts at a course, oldest first. */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public List<AttemptSummary> history(String courseCode) {
		long me = me();
		long courseId = this.bank.courseId(courseCode)
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.course-missing", courseCode)));
		return this.attempts.findByPersonIdAndCourseIdOrderByAttemptNumberAsc(me, courseId)
			.stream()
			.map((attempt) -> new AttemptSummary(attempt.getId(), attempt.getAttemptNumber(),
					this.bank.version(attempt.getCourseVersionId()).versionNumber(), attempt.getStartedAt(),
					attempt.getSubmittedAt(), attempt.getScorePercent(), attempt.getPassed()))
			.toList();
	}

	/** What listeners are told of a scored attempt, in the words of its own version. */
	private static QuizAttemptSubmitted submitted(QuizAttempt attempt, BankVersion version) {
		List<QuizAttemptSubmitted.ScenarioAnswer> answers = new ArrayList<>();
		for (AttemptItem item : attempt.getItems()) {
			BankVersion.BankScenario scenario = version.scenario(item.getScenarioId());
			BankVersion.BankOption chosen = (item.getChosenOptionId() != null)
					? scenario.option(item.getChosenOptionId()) : null;
			answers.add(new QuizAttemptSubmitted.ScenarioAnswer(item.getItemNumber(), scenario.key(), scenario.title(),
					scenario.prompt(), scenario.traits(), (chosen != null) ? chosen.text() : null,
					(chosen != null) ? chosen.rating() : null,
					(chosen != null) ? OptionContent.credit(chosen.rating()) : 0,
					chosen != null && chosen.id() == scenario.best().id()));
		}
		return new QuizAttemptSubmitted(attempt.getId(), attempt.getPersonId(), version.courseCode(), version.title(),
				attempt.getAttemptNumber(), attempt.getScorePercent(), version.quiz().passMark(),
				Boolean.TRUE.equals(attempt.getPassed()), version.language(), attempt.getSubmittedAt(), answers);
	}

	private AttemptResult result(QuizAttempt attempt, BankVersion version) {
		Map<String, String> traitNames = this.bank.traitNames();
		List<AttemptResult.QuestionFeedback> questions = new ArrayList<>();
		for (AttemptItem item : attempt.getItems()) {
			BankVersion.BankScenario scenario = version.scenario(item.getScenarioId());
			BankVersion.BankOption best = scenario.best();
			BankVersion.BankOption chosen = (item.getChosenOptionId() != null)
					? scenario.option(item.getChosenOptionId()) : null;
			questions.add(new AttemptResult.QuestionFeedback(item.getItemNumber(), scenario.title(), scenario.prompt(),
					(chosen != null) ? chosen.text() : null, (chosen != null) ? chosen.feedback() : null,
					(chosen != null) ? chosen.rating() : null, chosen != null && chosen.id() == best.id(), best.text(),
					best.feedback(),
					scenario.traits().stream().map((code) -> traitNames.getOrDefault(code, code)).toList()));
		}
		int after = this.completions.roundStartsAfter(attempt.getPersonId(), attempt.getCourseId());
		int used = (int) this.attempts
			.findByPersonIdAndCourseIdOrderByAttemptNumberAsc(attempt.getPersonId(), attempt.getCourseId())
			.stream()
			.filter((earlier) -> earlier.getAttemptNumber() > after)
			.count();
		Long completionId = this.completions.of(attempt.getPersonId())
			.stream()
			.filter((completion) -> attempt.getId().equals(completion.getAttemptId()) && !completion.isWithdrawn())
			.map(Completion::getId)
			.findFirst()
			.orElse(null);
		return new AttemptResult(attempt.getId(), version.courseCode(), version.title(), attempt.getAttemptNumber(),
				attempt.getScorePercent(), version.quiz().passMark(), Boolean.TRUE.equals(attempt.getPassed()),
				Math.max(0, version.quiz().attemptsAllowed() - used), completionId, questions, version.language());
	}

	private AttemptView view(QuizAttempt attempt, Locale reader) {
		BankVersion version = this.bank.version(attempt.getCourseVersionId()).in(reader);
		List<AttemptView.Question> questions = new ArrayList<>();
		for (AttemptItem item : attempt.getItems()) {
			BankVersion.BankScenario scenario = version.scenario(item.getScenarioId());
			List<AttemptView.Choice> choices = item.getOptionOrder()
				.stream()
				.map((optionId) -> new AttemptView.Choice(optionId, scenario.option(optionId).text()))
				.toList();
			questions.add(new AttemptView.Question(item.getId(), item.getItemNumber(), scenario.title(),
					scenario.situation(), scenario.prompt(), choices, item.getChosenOptionId()));
		}
		return new AttemptView(attempt.getId(), version.courseCode(), version.title(), attempt.getAttemptNumber(),
				version.quiz().attemptsAllowed(), questions, version.language());
	}

	private QuizAttempt own(long attemptId) {
		long me = me();
		return this.attempts.findById(attemptId)
			.filter((attempt) -> attempt.getPersonId() == me)
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.attempt-missing")));
	}

	private long me() {
		return this.people.currentPersonId()
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.sign-in-for-quiz")));
	}

}
