package org.servewell.learning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.domain.AttemptItem;
import org.servewell.learning.domain.AttemptItemRepository;
import org.servewell.learning.domain.Completion;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The learner's journey through the services against a real database: assignment,
 * lessons, quiz, completion and certificate. Subclasses choose the database. Tests commit
 * (answers lock rows for real), so each uses new people.
 */
@SpringBootTest
abstract class LearningTests {

	static final String ADMIN = "first-admin@test.servewell.org";

	static final String COURSE = "first-time-every-time";

	@Autowired
	PeopleService people;

	@Autowired
	AssignmentService assignments;

	@Autowired
	LearnerService learner;

	@Autowired
	AttemptService attempts;

	@Autowired
	CertificateService certificates;

	@Autowired
	CourseBank bank;

	@Autowired
	ProgressService progress;

	@Autowired
	AttemptItemRepository items;

	@Autowired
	org.servewell.learning.domain.CompletionRepository completions;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void rule_added_later_applies_to_people_who_already_match_and_to_new_ones() {
		String department = "Dept " + UUID.randomUUID();
		String early = newLearner(department, LocalDate.of(2026, 12, 1));

		int assigned = SignedIn.as(ADMIN,
				() -> this.assignments.createRule(new RuleForm(department, null, "front-line-onboarding", null, 0)),
				Roles.ADMIN);
		String late = newLearner(department, LocalDate.of(2027, 1, 4));

		assertThat(assigned).isEqualTo(1);
		for (String email : List.of(early, late)) {
			MyLearning mine = SignedIn.as(email, this.learner::myLearning, Roles.LEARNER);
			assertThat(mine.paths()).extracting(LearnerPath::pathCode).containsExactly("front-line-onboarding");
			assertThat(mine.courses()).hasSize(4);
		}
		MyLearning lateOne = SignedIn.as(late, this.learner::myLearning, Roles.LEARNER);
		assertThat(lateOne.courses()).filteredOn((course) -> course.courseCode().equals(COURSE))
			.singleElement()
			.satisfies((course) -> assertThat(course.dueDate()).isEqualTo(LocalDate.of(2027, 1, 11)));
	}

	@Test
	void learner_cannot_create_rules() {
		String learnerEmail = newLearner(null, null);

		assertThatExceptionOfType(org.springframework.security.authorization.AuthorizationDeniedException.class)
			.isThrownBy(() -> SignedIn.run(learnerEmail,
					() -> this.assignments
						.createRule(new RuleForm("Front desk", null, "front-line-onboarding", null, 0)),
					Roles.LEARNER));
	}

	@Test
	void answers_are_kept_and_the_same_attempt_resumes() {
		String email = newLearner(null, null);
		AttemptView started = SignedIn.as(email, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER);
		BankVersion version = this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();

		assertThat(started.questions()).hasSize(version.quiz().scenariosPerAttempt());
		for (int i = 0; i < 3; i++) {
			AttemptView.Question question = started.questions().get(i);
			SignedIn.run(email, () -> this.attempts.saveAnswer(started.attemptId(), question.itemId(),
					question.choices().get(1).optionId()), Roles.LEARNER);
		}

		AttemptView resumed = SignedIn.as(email, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER);
		assertThat(resumed.attemptId()).isEqualTo(started.attemptId());
		assertThat(resumed.answered()).isEqualTo(3);
		assertThat(resumed.questions().get(0).chosenOptionId())
			.isEqualTo(started.questions().get(0).choices().get(1).optionId());
		assertThat(resumed.questions()).extracting(AttemptView.Question::choices)
			.isEqualTo(started.questions().stream().map(AttemptView.Question::choices).toList());
	}

	@Test
	void attempt_shown_to_the_learner_holds_no_rating_best_answer_or_feedback() {
		String email = newLearner(null, null);
		AttemptView view = SignedIn.as(email, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER);
		BankVersion version = this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();

		String everythingSent = view.toString();
		for (BankVersion.BankScenario scenario : version.scenarios()) {
			for (BankVersion.BankOption option : scenario.options()) {
				assertThat(everythingSent).doesNotContain(option.feedback());
			}
		}
		assertThat(AttemptView.Choice.class.getRecordComponents()).extracting((component) -> component.getName())
			.containsExactly("optionId", "text");
	}

	@Test
	void submitted_attempt_refuses_answers_and_a_second_submit_counts_nothing_twice() {
		String email = newLearner(null, null);
		AttemptView view = SignedIn.as(email, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER);
		AttemptView.Question first = view.questions().get(0);

		AttemptResult once = SignedIn.as(email, () -> this.attempts.submit(view.attemptId()), Roles.LEARNER);
		AttemptResult twice = SignedIn.as(email, () -> this.attempts.submit(view.attemptId()), Roles.LEARNER);

		assertThat(twice).isEqualTo(once);
		assertThat(once.scorePercent()).isZero();
		assertThatExceptionOfType(QuizRefusedException.class).isThrownBy(() -> SignedIn.run(email,
				() -> this.attempts.saveAnswer(view.attemptId(), first.itemId(), first.choices().get(0).optionId()),
				Roles.LEARNER))
			.withMessageContaining("already submitted");
		assertThat(SignedIn.as(email, () -> this.attempts.history(COURSE), Roles.LEARNER)).hasSize(1);
	}

	@Test
	void learner_cannot_open_or_answer_another_learners_attempt_by_guessing_its_id() {
		String owner = newLearner(null, null);
		String other = newLearner(null, null);
		AttemptView view = SignedIn.as(owner, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER);
		AttemptView.Question first = view.questions().get(0);

		assertThatExceptionOfType(LearningNotFoundException.class)
			.isThrownBy(() -> SignedIn.as(other, () -> this.attempts.attempt(view.attemptId()), Roles.LEARNER));
		assertThatExceptionOfType(LearningNotFoundException.class).isThrownBy(() -> SignedIn.run(other,
				() -> this.attempts.saveAnswer(view.attemptId(), first.itemId(), first.choices().get(0).optionId()),
				Roles.LEARNER));
		assertThatExceptionOfType(LearningNotFoundException.class)
			.isThrownBy(() -> SignedIn.as(other, () -> this.attempts.submit(view.attemptId()), Roles.LEARNER));
		AttemptView untouched = SignedIn.as(owner, () -> this.attempts.attempt(view.attemptId()), Roles.LEARNER);
		assertThat(untouched.answered()).isZero();
	}

	@Test
	void learner_cannot_answer_with_another_questions_option_or_a_question_from_another_attempt() {
		String email = newLearner(null, null);
		String other = newLearner(null, null);
		AttemptView view = SignedIn.as(email, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER);
		AttemptView theirs = SignedIn.as(other, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER);
		AttemptView.Question first = view.questions().get(0);
		AttemptView.Question second = view.questions().get(1);

		assertThatExceptionOfType(QuizRefusedException.class)
			.isThrownBy(() -> SignedIn.run(email,
					() -> this.attempts.saveAnswer(view.attemptId(), first.itemId(),
							second.choices().get(0).optionId()),
					Roles.LEARNER))
			.withMessageContaining("not one of this question's options");
		assertThatExceptionOfType(LearningNotFoundException.class)
			.isThrownBy(() -> SignedIn.run(email, () -> this.attempts.saveAnswer(view.attemptId(),
					theirs.questions().get(0).itemId(), theirs.questions().get(0).choices().get(0).optionId()),
					Roles.LEARNER));
		AttemptView untouched = SignedIn.as(email, () -> this.attempts.attempt(view.attemptId()), Roles.LEARNER);
		assertThat(untouched.answered()).isZero();
		AttemptView theirsUntouched = SignedIn.as(other, () -> this.attempts.attempt(theirs.attemptId()),
				Roles.LEARNER);
		assertThat(theirsUntouched.answered()).isZero();
	}

	@Test
	void saved_answer_is_stored_with_the_time_the_learner_was_shown() {
		String email = newLearner(null, null);
		AttemptView view = SignedIn.as(email, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER);
		AttemptView.Question first = view.questions().get(0);
		long option = first.choices().get(1).optionId();

		SavedAnswer saved = SignedIn.as(email, () -> this.attempts.saveAnswer(view.attemptId(), first.itemId(), option),
				Roles.LEARNER);

		AttemptItem stored = this.items.findById(first.itemId()).orElseThrow();
		assertThat(stored.getChosenOptionId()).isEqualTo(option);
		assertThat(stored.getAnsweredAt()).isCloseTo(saved.savedAt(), within(1, ChronoUnit.SECONDS));
		assertThat(SignedIn.as(email, () -> this.attempts.attempt(view.attemptId()), Roles.LEARNER)
			.questions()
			.get(0)
			.chosenOptionId()).isEqualTo(option);
	}

	@Test
	void answer_save_kept_waiting_by_the_database_gives_up_and_stores_nothing() throws Exception {
		String email = newLearner(null, null);
		AttemptView view = SignedIn.as(email, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER);
		AttemptView.Question first = view.questions().get(0);
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch saveOver = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			// Another transaction holds the attempt's row, as a stuck or overloaded
			// database would, for 30 seconds at most.
			Future<?> holder = pool
				.submit(() -> new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> {
					this.jdbc.queryForList("select id from quiz_attempt where id = ? for update", view.attemptId());
					locked.countDown();
					try {
						saveOver.await(30, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}));
			assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();

			assertThatExceptionOfType(DataAccessException.class)
				.as("the save gives up while the attempt is still held, instead of waiting for it")
				.isThrownBy(() -> SignedIn.run(email, () -> this.attempts.saveAnswer(view.attemptId(), first.itemId(),
						first.choices().get(0).optionId()), Roles.LEARNER));
			saveOver.countDown();
			holder.get(60, TimeUnit.SECONDS);
		}
		finally {
			saveOver.countDown();
			pool.shutdownNow();
		}
		assertThat(SignedIn.as(email, () -> this.attempts.attempt(view.attemptId()), Roles.LEARNER).answered())
			.isZero();
	}

	@Test
	void learner_who_reads_every_lesson_and_passes_completes_with_a_verifiable_certificate() {
		String email = newLearner(null, null);
		BankVersion version = this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();

		AttemptResult result = passQuiz(email, version);
		assertThat(result.passed()).isTrue();
		assertThat(result.scorePercent()).isEqualTo(100);
		assertThat(result.completionId()).as("not complete before the lessons are read").isNull();
		for (BankVersion.BankLesson lesson : version.lessons()) {
			SignedIn.run(email, () -> this.learner.markRead(COURSE, lesson.number()), Roles.LEARNER);
		}

		CourseOutline outline = SignedIn.as(email, () -> this.learner.outline(COURSE), Roles.LEARNER);
		assertThat(outline.completionId()).isNotNull();
		assertThat(result.questions()).allSatisfy((question) -> {
			assertThat(question.chosenBest()).isTrue();
			assertThat(question.bestFeedback()).isNotBlank();
			assertThat(question.traits()).isNotEmpty();
		});
		CertificateFile file = SignedIn.as(email,
				() -> this.certificates.certificate(outline.completionId(), Locale.ENGLISH), Roles.LEARNER);
		assertThat(file.pdf()).startsWith("%PDF".getBytes());
		String code = codeFrom(file);
		assertThat(SignedIn.as(email, () -> this.certificates.summary(outline.completionId()), Roles.LEARNER))
			.as("the code shown beside the download is the one printed on the PDF")
			.satisfies((summary) -> {
				assertThat(summary.verificationCode()).isEqualTo(code);
				assertThat(summary.verificationUrl()).endsWith("/verify");
			});
		assertThat(this.certificates.verify(code)).hasValueSatisfying((verified) -> {
			assertThat(verified.achievement()).isEqualTo(version.title());
			assertThat(verified.learnerName()).startsWith("Learner ");
		});
		assertThat(this.certificates.verify("NOPE-NOPE-NOPE")).isEmpty();
	}

	@Test
	void expired_completion_puts_the_course_back_as_due_and_a_new_pass_renews_it() {
		String email = newLearner(null, null);
		long courseId = this.bank.courseId(COURSE).orElseThrow();
		BankVersion version = this.bank.newestVersion(courseId).orElseThrow();
		SignedIn.run(ADMIN,
				() -> this.assignments.assignCourse(
						SignedIn.as(email, () -> this.people.currentPerson().orElseThrow().id(), Roles.LEARNER), COURSE,
						LocalDate.now().plusDays(7)),
				Roles.ADMIN);
		passQuiz(email, version);
		for (BankVersion.BankLesson lesson : version.lessons()) {
			SignedIn.run(email, () -> this.learner.markRead(COURSE, lesson.number()), Roles.LEARNER);
		}
		long personId = SignedIn.as(email, () -> this.people.currentPerson().orElseThrow().id(), Roles.LEARNER);
		Completion first = this.completions.findFirstByPersonIdAndCourseIdOrderByCompletedAtDesc(personId, courseId)
			.orElseThrow();
		assertThat(first.getExpiresOn()).isEqualTo(LocalDate.now().plusMonths(version.renewAfterMonths()));

		// A year on: the completion has expired.
		this.completions.save(first.expiringOn(LocalDate.now().minusDays(1)));

		LearnerCourse due = SignedIn.as(email, this.learner::myLearning, Roles.LEARNER)
			.courses()
			.stream()
			.filter((course) -> course.courseCode().equals(COURSE))
			.findFirst()
			.orElseThrow();
		assertThat(due.state()).isNotEqualTo(LearnerCourse.CourseState.COMPLETE);
		assertThat(due.dueDate()).isEqualTo(LocalDate.now().minusDays(1));
		assertThat(due.overdue()).isTrue();
		AttemptResult renewal = passQuiz(email, version);
		assertThat(renewal.completionId()).isNotNull().isNotEqualTo(first.getId());
	}

	@Test
	void another_learner_cannot_download_someone_elses_certificate() {
		String owner = newLearner(null, null);
		String other = newLearner(null, null);
		BankVersion version = this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
		passQuiz(owner, version);
		for (BankVersion.BankLesson lesson : version.lessons()) {
			SignedIn.run(owner, () -> this.learner.markRead(COURSE, lesson.number()), Roles.LEARNER);
		}
		long completionId = SignedIn.as(owner, () -> this.learner.outline(COURSE), Roles.LEARNER).completionId();

		assertThatExceptionOfType(LearningNotFoundException.class).isThrownBy(() -> SignedIn.as(other,
				() -> this.certificates.certificate(completionId, Locale.ENGLISH), Roles.LEARNER));
		assertThatExceptionOfType(LearningNotFoundException.class)
			.isThrownBy(() -> SignedIn.as(other, () -> this.certificates.summary(completionId), Roles.LEARNER));
	}

	@Test
	void learner_who_fails_every_allowed_attempt_cannot_start_another() {
		String email = newLearner(null, null);
		BankVersion version = this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
		for (int i = 0; i < version.quiz().attemptsAllowed(); i++) {
			AttemptView view = SignedIn.as(email, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER);
			SignedIn.run(email, () -> this.attempts.submit(view.attemptId()), Roles.LEARNER);
		}

		assertThatExceptionOfType(QuizRefusedException.class)
			.isThrownBy(() -> SignedIn.as(email, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER))
			.withMessageContaining("used all " + version.quiz().attemptsAllowed() + " attempts");
	}

	@Test
	void learner_who_used_every_attempt_reads_why_in_german_or_english_with_the_number_of_attempts() {
		String email = newLearner(null, null);
		BankVersion version = this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
		int allowed = version.quiz().attemptsAllowed();
		for (int i = 0; i < allowed; i++) {
			AttemptView view = SignedIn.as(email, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER);
			SignedIn.run(email, () -> this.attempts.submit(view.attemptId()), Roles.LEARNER);
		}

		QuizRefusedException refused = catchThrowableOfType(QuizRefusedException.class,
				() -> SignedIn.as(email, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER));

		assertThat(refused.message(Locale.GERMAN)).isEqualTo("Sie haben alle " + allowed
				+ " Versuche bei diesem Quiz genutzt. Wenden Sie sich an Ihre Schulungsleitung, wenn Sie einen weiteren brauchen.");
		assertThat(refused.message(Locale.forLanguageTag("de-AT"))).isEqualTo(refused.message(Locale.GERMAN));
		assertThat(refused.message(Locale.ENGLISH)).isEqualTo(refused.getMessage())
			.isEqualTo(
					"You have used all " + allowed + " attempts at this quiz. Ask your trainer if you need another.");
		assertThat(refused.message(Locale.FRENCH)).isEqualTo(refused.getMessage());
	}

	@Test
	void learner_opening_the_quiz_in_two_tabs_at_the_same_instant_gets_one_attempt_in_both() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 6; round++) {
				String email = newLearner(null, null);
				CountDownLatch go = new CountDownLatch(1);
				List<Future<AttemptView>> tabs = new ArrayList<>();
				for (int tab = 0; tab < 2; tab++) {
					tabs.add(pool.submit(() -> {
						go.await();
						return SignedIn.as(email, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER);
					}));
				}
				go.countDown();
				AttemptView first = tabs.get(0).get(60, TimeUnit.SECONDS);
				AttemptView second = tabs.get(1).get(60, TimeUnit.SECONDS);

				assertThat(second.attemptId()).isEqualTo(first.attemptId());
				assertThat(first.attemptNumber()).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void two_threads_answering_and_submitting_the_same_attempt_lose_nothing_and_count_once() throws Exception {
		String email = newLearner(null, null);
		BankVersion version = this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
		AttemptView view = SignedIn.as(email, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER);
		Set<Long> confirmed = java.util.concurrent.ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		try {
			List<Future<AttemptResult>> work = new ArrayList<>();
			for (int thread = 0; thread < 2; thread++) {
				work.add(pool.submit(() -> {
					go.await();
					for (AttemptView.Question question : view.questions()) {
						long best = version.scenario(scenarioOf(version, question)).best().id();
						try {
							SignedIn.run(email,
									() -> this.attempts.saveAnswer(view.attemptId(), question.itemId(), best),
									Roles.LEARNER);
							confirmed.add(question.itemId());
						}
						catch (QuizRefusedException ex) {
							// The other thread submitted first: later answers are
							// refused, never half-stored.
							break;
						}
					}
					return SignedIn.as(email, () -> this.attempts.submit(view.attemptId()), Roles.LEARNER);
				}));
			}
			go.countDown();
			AttemptResult first = work.get(0).get(60, TimeUnit.SECONDS);
			AttemptResult second = work.get(1).get(60, TimeUnit.SECONDS);

			assertThat(second).isEqualTo(first);
			long answered = first.questions().stream().filter((question) -> question.chosenText() != null).count();
			assertThat(answered).as("every confirmed answer counts").isEqualTo(confirmed.size());
			assertThat(first.scorePercent()).isEqualTo((int) Math.round(100.0 * answered / view.questions().size()));
			assertThat(SignedIn.as(email, () -> this.attempts.history(COURSE), Roles.LEARNER)).singleElement()
				.satisfies((summary) -> assertThat(summary.scorePercent()).isEqualTo(first.scorePercent()));
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void manager_sees_the_progress_of_their_own_team_only() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		PersonDetails lead = SignedIn.as(ADMIN,
				() -> this.people.createPerson(new PersonForm("lead-" + id + "@test.servewell.org", "Lead " + id,
						Set.of(Role.MANAGER), null, null, null, null, true, null), "a long test password"),
				Roles.ADMIN);
		PersonDetails report = SignedIn
			.as(ADMIN,
					() -> this.people.createPerson(
							new PersonForm("report-" + id + "@test.servewell.org", "Report " + id, Set.of(Role.LEARNER),
									null, null, LocalDate.of(2020, 1, 1), lead.id(), true, null),
							"a long test password"),
					Roles.ADMIN);
		String stranger = newLearner(null, null);
		long strangerId = SignedIn.as(stranger, () -> this.people.currentPerson().orElseThrow().id(), Roles.LEARNER);
		SignedIn.run(ADMIN, () -> this.assignments.assignCourse(report.id(), COURSE, LocalDate.of(2020, 1, 8)),
				Roles.ADMIN);
		SignedIn.run(ADMIN, () -> this.assignments.assignCourse(strangerId, COURSE, LocalDate.of(2020, 1, 8)),
				Roles.ADMIN);

		List<PersonProgress> team = SignedIn.as(lead.email(), () -> this.progress.course(COURSE), Roles.MANAGER);

		assertThat(team).singleElement().satisfies((row) -> {
			assertThat(row.name()).isEqualTo("Report " + id);
			assertThat(row.status()).isEqualTo(PersonProgress.Status.NOT_STARTED);
			assertThat(row.overdue()).isTrue();
		});
		assertThatExceptionOfType(LearningNotFoundException.class)
			.isThrownBy(() -> SignedIn.as(lead.email(), () -> this.progress.person(strangerId), Roles.MANAGER));
		assertThat(SignedIn.as(ADMIN, () -> this.progress.course(COURSE), Roles.ADMIN))
			.extracting(PersonProgress::personId)
			.contains(report.id(), strangerId);
	}

	@Test
	void learner_cannot_see_anyone_elses_progress() {
		String email = newLearner(null, null);

		assertThatExceptionOfType(org.springframework.security.authorization.AuthorizationDeniedException.class)
			.isThrownBy(() -> SignedIn.as(email, () -> this.progress.courses(), Roles.LEARNER));
	}

	private AttemptResult passQuiz(String email, BankVersion version) {
		AttemptView view = SignedIn.as(email, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER);
		for (AttemptView.Question question : view.questions()) {
			long best = version.scenario(scenarioOf(version, question)).best().id();
			SignedIn.run(email, () -> this.attempts.saveAnswer(view.attemptId(), question.itemId(), best),
					Roles.LEARNER);
		}
		return SignedIn.as(email, () -> this.attempts.submit(view.attemptId()), Roles.LEARNER);
	}

	/**
	 * The scenario behind a question: the one whose options are the question's choices.
	 */
	private static long scenarioOf(BankVersion version, AttemptView.Question question) {
		long anyOption = question.choices().get(0).optionId();
		return version.scenarios()
			.stream()
			.filter((scenario) -> scenario.options().stream().anyMatch((option) -> option.id() == anyOption))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private static String codeFrom(CertificateFile file) {
		try (var document = org.apache.pdfbox.Loader.loadPDF(file.pdf())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			var matcher = java.util.regex.Pattern.compile("Verification code ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})")
				.matcher(text);
			assertThat(matcher.find()).as(text).isTrue();
			return matcher.group(1);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String newLearner(String department, LocalDate startDate) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String email = "learner-" + id + "@test.servewell.org";
		PersonDetails created = SignedIn.as(ADMIN, () -> this.people.createPerson(new PersonForm(email, "Learner " + id,
				Set.of(Role.LEARNER), department, null, startDate, null, true, null), "a long test password"),
				Roles.ADMIN);
		assertThat(created.email()).isEqualTo(email);
		return email;
	}

}
