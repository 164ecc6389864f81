package org.servewell.web.ui.learning;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.AssignmentService;
import org.servewell.learning.AttemptResult;
import org.servewell.learning.AttemptService;
import org.servewell.learning.AttemptView;
import org.servewell.learning.CertificateService;
import org.servewell.learning.CertificateSummary;
import org.servewell.learning.LearnerService;
import org.servewell.people.PeopleService;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner who completes a course has the certificate's verification code in front of
 * them, not only inside the PDF.
 */
class CertificateViewsTest extends ViewTest {

	private static final String COURSE = "first-time-every-time";

	@Autowired
	PeopleService people;

	@Autowired
	AssignmentService assignments;

	@Autowired
	AttemptService attempts;

	@Autowired
	LearnerService learner;

	@Autowired
	CertificateService certificates;

	@Autowired
	CourseBank bank;

	@Test
	void learner_who_completes_a_course_reads_the_verification_code_on_the_result_page_and_in_my_learning() {
		String email = newLearnerAssigned(COURSE);
		BankVersion version = this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
		for (BankVersion.BankLesson lesson : version.lessons()) {
			SignedIn.run(email, () -> this.learner.markRead(COURSE, lesson.number()), Roles.LEARNER);
		}
		AttemptResult result = passQuiz(email, version);
		CertificateSummary certificate = SignedIn.as(email, () -> this.certificates.summary(result.completionId()),
				Roles.LEARNER);

		String resultPage = SignedIn.as(email,
				() -> navigate(ResultView.class, result.attemptId()).getElement().getTextRecursively(), Roles.LEARNER);
		String myLearning = SignedIn.as(email, () -> navigate(MyLearningView.class).getElement().getTextRecursively(),
				Roles.LEARNER);

		assertThat(resultPage).contains("Download your certificate (PDF)")
			.contains("Verification code " + certificate.verificationCode())
			.contains(certificate.verificationUrl());
		assertThat(myLearning).contains("Verification code " + certificate.verificationCode());
	}

	private String newLearnerAssigned(String course) {
		return NewLearners.assigned(this.people, this.assignments, "certified", course, LocalDate.now().plusDays(7));
	}

	private AttemptResult passQuiz(String email, BankVersion version) {
		AttemptView view = SignedIn.as(email, () -> this.attempts.startOrResume(COURSE), Roles.LEARNER);
		for (AttemptView.Question question : view.questions()) {
			long anyOption = question.choices().get(0).optionId();
			BankVersion.BankScenario scenario = version.scenarios()
				.stream()
				.filter((candidate) -> candidate.options().stream().anyMatch((option) -> option.id() == anyOption))
				.findFirst()
				.orElseThrow();
			SignedIn.run(email,
					() -> this.attempts.saveAnswer(view.attemptId(), question.itemId(), scenario.best().id()),
					Roles.LEARNER);
		}
		return SignedIn.as(email, () -> this.attempts.submit(view.attemptId()), Roles.LEARNER);
	}

}
