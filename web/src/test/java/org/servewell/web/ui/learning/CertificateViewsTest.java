package org.servewell.web.ui.learning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.servewell.learning.AttemptResult;
import org.servewell.learning.CertificateService;
import org.servewell.learning.CertificateSummary;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.NewLearners;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner who completes a course has the certificate's verification code in front of
 * them, not only inside the PDF, and downloads the certificate in the page's language.
 */
class CertificateViewsTest extends ViewTest {

	private static final String COURSE = "first-time-every-time";

	@Autowired
	NewLearners learners;

	@Autowired
	CertificateService certificates;

	@Test
	void learner_who_completes_a_course_reads_the_verification_code_on_the_result_page_and_in_my_learning() {
		String email = newLearnerAssigned(COURSE);
		AttemptResult result = complete(email);
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

	@Test
	void learner_reading_the_page_in_german_downloads_a_german_certificate_and_in_english_an_english_one()
			throws IOException {
		String email = newLearnerAssigned(COURSE);
		AttemptResult result = complete(email);

		UI.getCurrent().setLocale(Locale.GERMAN);
		String german = SignedIn.as(email, () -> downloadFrom(navigate(ResultView.class, result.attemptId())),
				Roles.LEARNER);
		UI.getCurrent().setLocale(Locale.ENGLISH);
		String english = SignedIn.as(email, () -> downloadFrom(navigate(ResultView.class, result.attemptId())),
				Roles.LEARNER);

		assertThat(german).contains("Abschlusszertifikat", "Hiermit wird bestätigt, dass", "Guter Service vom ersten")
			.doesNotContain("Certificate", "Service first time");
		assertThat(english).contains("Certificate of completion", "This certifies that",
				"Service first time, every time");
	}

	/** The text of the certificate the page's link downloads. */
	private String downloadFrom(ResultView page) {
		Anchor link = find(Anchor.class).from(page).withClassName("sw-certificate-link").single();
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		test(link).download(pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The download is not a PDF", ex);
		}
	}

	private String newLearnerAssigned(String course) {
		return this.learners.assigned("certified", course);
	}

	private AttemptResult complete(String email) {
		return this.learners.complete(email, COURSE);
	}

}
