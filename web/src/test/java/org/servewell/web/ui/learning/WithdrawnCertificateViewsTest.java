package org.servewell.web.ui.learning;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.servewell.badges.BadgeCheck;
import org.servewell.learning.AttemptResult;
import org.servewell.learning.CertificateService;
import org.servewell.learning.CompletionWithdrawals;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.NewLearners;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.components.Formats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A withdrawn or expired certificate as the public check and the learner see it: the
 * check says withdrawn or expired, with the day, never valid; the learner reads when and
 * why it was withdrawn where the certificate link was.
 */
class WithdrawnCertificateViewsTest extends ViewTest {

	private static final String COURSE = "first-time-every-time";

	@Autowired
	NewLearners learners;

	@Autowired
	CertificateService certificates;

	@Autowired
	BadgeCheck badges;

	@Autowired
	CompletionWithdrawals withdrawals;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anyone_checking_a_withdrawn_certificate_reads_that_it_was_withdrawn_and_on_which_day() {
		String email = newLearnerAssigned();
		long completionId = complete(email);
		String code = code(email, completionId);
		SignedIn.run(HR, () -> this.withdrawals.withdraw(completionId, "Awarded in error"), Roles.HR);
		VerifyView view = new VerifyView(this.certificates, this.badges, new CertificateCheckLimit(10));

		view.verify(code);

		assertThat(view.answer.getText())
			.startsWith("Withdrawn on " + Formats.day(LocalDate.now(), Locale.ENGLISH) + ". This certificate")
			.doesNotContain("Awarded in error");
		assertThat(view.answer.getClassNames()).contains("sw-verify-invalid").doesNotContain("sw-verify-valid");
		UI.getCurrent().setLocale(Locale.GERMAN);
		VerifyView german = new VerifyView(this.certificates, this.badges, new CertificateCheckLimit(10));
		german.verify(code);
		assertThat(german.answer.getText())
			.startsWith("Zurückgezogen am " + Formats.day(LocalDate.now(), Locale.GERMAN) + ".");
	}

	@Test
	void anyone_checking_an_expired_certificate_reads_that_it_expired_and_on_which_day() {
		String email = newLearnerAssigned();
		long completionId = complete(email);
		String code = code(email, completionId);
		VerifyView view = new VerifyView(this.certificates, this.badges, new CertificateCheckLimit(10));
		view.verify(code);
		assertThat(view.answer.getText()).startsWith("Valid.");
		assertThat(view.answer.getClassNames()).contains("sw-verify-valid");
		LocalDate lapsed = LocalDate.now().minusDays(2);
		this.transactions.executeWithoutResult((status) -> this.jdbc
			.update("update completion set expires_on = ? where id = ?", Date.valueOf(lapsed), completionId));

		view.verify(code);

		assertThat(view.answer.getText()).startsWith("Expired on " + Formats.day(lapsed, Locale.ENGLISH) + ".");
		assertThat(view.answer.getClassNames()).contains("sw-verify-invalid").doesNotContain("sw-verify-valid");
	}

	@Test
	void learner_whose_certificate_was_withdrawn_reads_when_and_why_instead_of_the_certificate_link() {
		String email = newLearnerAssigned();
		long completionId = complete(email);
		SignedIn.run(ADMIN, () -> this.withdrawals.withdraw(completionId, "The quiz was taken by someone else."),
				Roles.ADMIN);

		MyLearningView view = SignedIn.as(email, () -> navigate(MyLearningView.class), Roles.LEARNER);

		Paragraph told = find(Paragraph.class).from(view).withClassName("sw-certificate-withdrawn").single();
		assertThat(told.getText()).isEqualTo("Your certificate for this course was withdrawn on "
				+ Formats.day(LocalDate.now(), Locale.ENGLISH)
				+ ". Reason given: The quiz was taken by someone else. Pass the quiz again to complete the course.");
		assertThat(find(Anchor.class).from(view).withClassName("sw-certificate-link").all()).isEmpty();
	}

	private String newLearnerAssigned() {
		return this.learners.assigned("withdrawn", COURSE);
	}

	private long complete(String email) {
		AttemptResult result = this.learners.complete(email, COURSE);
		return result.completionId();
	}

	private String code(String email, long completionId) {
		return SignedIn.as(email, () -> this.certificates.summary(completionId), Roles.LEARNER).verificationCode();
	}

}
