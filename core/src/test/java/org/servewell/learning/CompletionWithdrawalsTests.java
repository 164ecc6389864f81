package org.servewell.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.servewell.audit.AuditEntry;
import org.servewell.audit.AuditTrail;
import org.servewell.catalog.bank.BankPath;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.LearnerCourse.CourseState;
import org.servewell.learning.PersonProgress.Status;
import org.servewell.learning.domain.AssignmentStandings;
import org.servewell.learning.domain.Completion;
import org.servewell.learning.domain.CompletionRepository;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestLearners;
import org.servewell.testsupport.TestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * HR withdraws a certificate awarded in error: the course stops counting for the learner
 * everywhere a completion counts, the code verifies as withdrawn, and only HR and
 * administrators may do it, once, with a reason. Subclasses choose the database. Tests
 * commit, so each uses new people.
 */
@SpringBootTest
@RecordApplicationEvents
abstract class CompletionWithdrawalsTests {

	private static final String COURSE = "first-time-every-time";

	@Autowired
	CompletionWithdrawals withdrawals;

	@Autowired
	CertificateService certificates;

	@Autowired
	LearnerService learner;

	@Autowired
	AttemptService attempts;

	@Autowired
	AssignmentService assignments;

	@Autowired
	ProgressService progress;

	@Autowired
	CompletionRepository completions;

	@Autowired
	AssignmentStandings standings;

	@Autowired
	AuditTrail audit;

	@Autowired
	CourseBank bank;

	@Autowired
	PeopleService people;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEvents events;

	@Test
	void hr_withdraws_a_certificate_and_the_course_is_no_longer_complete_for_the_learner() {
		String learnerEmail = TestPeople.create(this.people, Role.LEARNER);
		long learnerId = TestPeople.id(this.people, learnerEmail);
		String hr = TestPeople.create(this.people, Role.HR);
		long completionId = assignAndComplete(learnerId, learnerEmail);
		Completion completed = this.completions.findById(completionId).orElseThrow();

		CompletionWithdrawn withdrawn = SignedIn.as(hr, () -> this.withdrawals.withdraw(completionId,
				"  Awarded in error: the quiz was taken by someone else "), Roles.HR);

		LocalDate today = LocalDate.now();
		LearnerCourse course = myCourse(learnerEmail);
		assertThat(course.state()).isNotEqualTo(CourseState.COMPLETE);
		assertThat(course.completionId()).isNull();
		assertThat(course.withdrawal())
			.isEqualTo(new LearnerCourse.Withdrawal(today, "Awarded in error: the quiz was taken by someone else"));
		assertThat(SignedIn.as(TestPeople.ADMIN, () -> this.progress.person(learnerId), Roles.ADMIN)).singleElement()
			.as("the standing kept on the assignment's row was worked out again")
			.extracting(PersonProgress::status)
			.isEqualTo(Status.IN_PROGRESS);
		assertThat(SignedIn.as(hr, () -> this.withdrawals.withdrawable(learnerId, COURSE), Roles.HR)).isEmpty();
		VerifiedCertificate verified = this.certificates.verify(completed.getVerificationCode()).orElseThrow();
		assertThat(verified.status()).isEqualTo(VerifiedCertificate.Status.WITHDRAWN);
		assertThat(verified.endedOn()).isEqualTo(today);
		assertThatExceptionOfType(CertificateWithdrawnException.class).isThrownBy(() -> SignedIn.as(learnerEmail,
				() -> this.certificates.certificate(completionId, null), Roles.LEARNER));
		Completion row = this.completions.findById(completionId).orElseThrow();
		assertThat(row.getWithdrawnBy()).isEqualTo(TestPeople.id(this.people, hr));
		assertThat(row.getWithdrawnReason()).isEqualTo("Awarded in error: the quiz was taken by someone else");
		assertThat(this.events.stream(CompletionWithdrawn.class)).containsExactly(withdrawn);
		assertThat(withdrawn.personId()).isEqualTo(learnerId);
		assertThat(withdrawn.courseId()).isEqualTo(completed.getCourseId());
		List<AuditEntry> trail = SignedIn.as(TestPeople.ADMIN,
				() -> this.audit.recent("certificate " + completed.getCertificateNumber(), 10), Roles.ADMIN);
		assertThat(trail).singleElement().satisfies((entry) -> {
			assertThat(entry.action()).isEqualTo("COMPLETION_WITHDRAWN");
			assertThat(entry.actor()).contains(hr);
			assertThat(entry.detail()).contains("Awarded in error");
		});
	}

	@Test
	void learner_whose_certificate_was_withdrawn_completes_the_course_again_by_passing_the_quiz_again() {
		String learnerEmail = TestPeople.create(this.people, Role.LEARNER);
		long learnerId = TestPeople.id(this.people, learnerEmail);
		long first = assignAndComplete(learnerId, learnerEmail);
		SignedIn.run(TestPeople.ADMIN, () -> this.withdrawals.withdraw(first, "Not the learner's own work"),
				Roles.ADMIN);

		AttemptResult again = TestLearners.completeWithBestAnswers(this.learner, this.attempts, learnerEmail, COURSE,
				newest());

		assertThat(again.completionId()).isNotNull().isNotEqualTo(first);
		LearnerCourse course = myCourse(learnerEmail);
		assertThat(course.state()).isEqualTo(CourseState.COMPLETE);
		assertThat(course.withdrawal()).as("the new completion takes the withdrawn one's place").isNull();
		assertThat(SignedIn.as(TestPeople.ADMIN, () -> this.progress.person(learnerId), Roles.ADMIN)).singleElement()
			.extracting(PersonProgress::status)
			.isEqualTo(Status.COMPLETE);
	}

	@Test
	void withdrawing_a_course_withdraws_the_completion_of_a_path_containing_it() {
		String learnerEmail = TestPeople.create(this.people, Role.LEARNER);
		long learnerId = TestPeople.id(this.people, learnerEmail);
		long courseCompletion = assignAndComplete(learnerId, learnerEmail);
		long courseId = newest().courseId();
		BankPath path = this.bank.paths()
			.stream()
			.filter((candidate) -> candidate.courses().stream().anyMatch((step) -> step.courseId() == courseId))
			.findFirst()
			.orElseThrow();
		String code = UUID.randomUUID().toString().substring(0, 10).toUpperCase(Locale.ROOT);
		Completion pathCompletion = this.completions
			.save(Completion.ofPath(learnerId, "Learner", path.title(), path.id(), "T-" + code, code));

		SignedIn.run(TestPeople.ADMIN, () -> this.withdrawals.withdraw(courseCompletion, "Awarded in error"),
				Roles.ADMIN);

		assertThat(this.completions.findById(pathCompletion.getId()).orElseThrow().isWithdrawn()).isTrue();
		assertThat(this.certificates.verify(code).orElseThrow().status())
			.isEqualTo(VerifiedCertificate.Status.WITHDRAWN);
	}

	@Test
	void learner_trainer_and_manager_may_not_withdraw_a_certificate() {
		String learnerEmail = TestPeople.create(this.people, Role.LEARNER);
		long completionId = assignAndComplete(TestPeople.id(this.people, learnerEmail), learnerEmail);
		String manager = TestPeople.create(this.people, Role.MANAGER);
		String trainer = TestPeople.create(this.people, Role.TRAINER);

		assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> SignedIn.as(learnerEmail,
				() -> this.withdrawals.withdraw(completionId, "I want to"), Roles.LEARNER));
		assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(
				() -> SignedIn.as(manager, () -> this.withdrawals.withdraw(completionId, "Wrong"), Roles.MANAGER));
		assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(
				() -> SignedIn.as(trainer, () -> this.withdrawals.withdraw(completionId, "Wrong"), Roles.TRAINER));
		assertThat(this.completions.findById(completionId).orElseThrow().isWithdrawn()).isFalse();
	}

	@Test
	void a_blank_or_too_long_reason_is_refused_and_the_certificate_stays_valid() {
		String learnerEmail = TestPeople.create(this.people, Role.LEARNER);
		long completionId = assignAndComplete(TestPeople.id(this.people, learnerEmail), learnerEmail);
		String tooLong = "x".repeat(LearningLimits.WITHDRAWAL_REASON_LENGTH + 1);

		assertThatExceptionOfType(InvalidWithdrawalException.class).isThrownBy(
				() -> SignedIn.as(TestPeople.ADMIN, () -> this.withdrawals.withdraw(completionId, "   "), Roles.ADMIN))
			.withMessageContaining("Give a reason");
		assertThatExceptionOfType(InvalidWithdrawalException.class).isThrownBy(
				() -> SignedIn.as(TestPeople.ADMIN, () -> this.withdrawals.withdraw(completionId, null), Roles.ADMIN));
		assertThatExceptionOfType(InvalidWithdrawalException.class)
			.isThrownBy(() -> SignedIn.as(TestPeople.ADMIN, () -> this.withdrawals.withdraw(completionId, tooLong),
					Roles.ADMIN))
			.withMessageContaining("at most 500 characters");
		assertThat(this.completions.findById(completionId).orElseThrow().isWithdrawn()).isFalse();
		assertThat(myCourse(learnerEmail).state()).isEqualTo(CourseState.COMPLETE);
		assertThat(this.events.stream(CompletionWithdrawn.class)).isEmpty();
	}

	@Test
	void withdrawing_a_certificate_twice_is_refused_and_an_unknown_one_is_not_found() {
		String learnerEmail = TestPeople.create(this.people, Role.LEARNER);
		long completionId = assignAndComplete(TestPeople.id(this.people, learnerEmail), learnerEmail);
		SignedIn.run(TestPeople.ADMIN, () -> this.withdrawals.withdraw(completionId, "Awarded in error"), Roles.ADMIN);

		assertThatExceptionOfType(CertificateWithdrawnException.class)
			.isThrownBy(() -> SignedIn.as(TestPeople.ADMIN,
					() -> this.withdrawals.withdraw(completionId, "Still in error"), Roles.ADMIN))
			.withMessageContaining("already withdrawn");
		assertThat(this.completions.findById(completionId).orElseThrow().getWithdrawnReason())
			.isEqualTo("Awarded in error");
		assertThatExceptionOfType(LearningNotFoundException.class).isThrownBy(() -> SignedIn.as(TestPeople.ADMIN,
				() -> this.withdrawals.withdraw(Long.MAX_VALUE, "Awarded in error"), Roles.ADMIN));
	}

	@Test
	void an_expired_certificate_verifies_as_expired_on_its_expiry_day_and_a_current_one_as_valid() {
		String learnerEmail = TestPeople.create(this.people, Role.LEARNER);
		long learnerId = TestPeople.id(this.people, learnerEmail);
		long completionId = assignAndComplete(learnerId, learnerEmail);
		Completion completion = this.completions.findById(completionId).orElseThrow();
		String code = completion.getVerificationCode();
		assertThat(this.certificates.verify(code).orElseThrow().status()).isEqualTo(VerifiedCertificate.Status.VALID);

		LocalDate yesterday = LocalDate.now().minusDays(1);
		this.completions.save(completion.expiringOn(yesterday));
		this.transactions
			.executeWithoutResult((status) -> this.standings.recompute(learnerId, completion.getCourseId()));

		VerifiedCertificate verified = this.certificates.verify(code.toLowerCase()).orElseThrow();
		assertThat(verified.status()).isEqualTo(VerifiedCertificate.Status.EXPIRED);
		assertThat(verified.endedOn()).isEqualTo(yesterday);
		assertThat(SignedIn.as(TestPeople.ADMIN, () -> this.withdrawals.withdrawable(learnerId, COURSE), Roles.ADMIN))
			.as("an expired completion no longer counts, so there is nothing to withdraw")
			.isEmpty();
	}

	/** Assigns the course and completes it as the learner; returns the completion. */
	private long assignAndComplete(long learnerId, String learnerEmail) {
		SignedIn.run(TestPeople.ADMIN, () -> this.assignments.assignCourse(learnerId, COURSE, null), Roles.ADMIN);
		AttemptResult result = TestLearners.completeWithBestAnswers(this.learner, this.attempts, learnerEmail, COURSE,
				newest());
		assertThat(SignedIn.as(TestPeople.ADMIN, () -> this.withdrawals.withdrawable(learnerId, COURSE), Roles.ADMIN))
			.map(WithdrawableCompletion::completionId)
			.contains(result.completionId());
		return result.completionId();
	}

	private BankVersion newest() {
		return this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
	}

	private LearnerCourse myCourse(String learnerEmail) {
		return SignedIn.as(learnerEmail, () -> this.learner.myLearning(), Roles.LEARNER)
			.courses()
			.stream()
			.filter((course) -> course.courseCode().equals(COURSE))
			.findFirst()
			.orElseThrow();
	}

}
