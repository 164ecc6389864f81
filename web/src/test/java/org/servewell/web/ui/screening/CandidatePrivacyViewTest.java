package org.servewell.web.ui.screening;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.junit.jupiter.api.Test;
import org.servewell.hiring.CandidateDetails;
import org.servewell.hiring.CandidateForm;
import org.servewell.hiring.Decision;
import org.servewell.hiring.HireForm;
import org.servewell.hiring.CandidateService;
import org.servewell.hiring.ScreeningReportService;
import org.servewell.hiring.HiringDecisionService;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR exports a candidate's data and erases it on request from the candidate's page, on
 * the real services.
 */
class CandidatePrivacyViewTest extends ViewTest {

	@Autowired
	CandidateService candidates;

	@Autowired
	ScreeningReportService reports;

	@Autowired
	HiringDecisionService hiring;

	@Test
	@WithUserDetails(HR)
	void hr_erases_a_candidates_personal_data_with_a_reason_and_the_page_shows_none_of_it() {
		CandidateDetails created = candidate();
		this.hiring.decide(created.id(), Decision.REJECT, "Took another offer");
		CandidatePageView view = open(created.id());

		test(view.personalData.erase).click();
		ErasureDialog dialog = (ErasureDialog) find(ConfirmDialog.class).single();
		assertThat(dialog.getElement().getTextRecursively()).contains("Kept, without a name");
		assertThat(dialog.erase.isEnabled()).isFalse();
		test(dialog.reason).setValue("The candidate asked by email");
		test(dialog.erase).click();

		assertThat(dialog.isOpened()).isFalse();
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Erased the candidate's personal data.");
		view = (CandidatePageView) getCurrentView();
		assertThat(find(H2.class).single().getText()).isEqualTo("Erased candidate #" + created.id());
		assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
			.anyMatch((text) -> text.contains("(The candidate asked by email)"));
		assertThat(view.getElement().getTextRecursively()).doesNotContain(created.fullName(), "dana@example.org",
				"Met at the job fair", "Took another offer");
		assertThat(test(view.decisions.decisions).getCellText(0, 1)).isEqualTo("(erased)");
		assertThat(view.personalData.erase.isAttached()).isFalse();
		assertThat(view.personalData.export.isAttached()).isTrue();
		assertThat(this.reports.candidate(created.id()).details().fullName()).isNull();
	}

	@Test
	@WithUserDetails(HR)
	void hr_downloads_everything_held_about_a_candidate_as_json() throws IOException {
		CandidateDetails created = candidate();
		CandidatePageView view = open(created.id());

		Anchor link = find(Anchor.class).all()
			.stream()
			.filter((anchor) -> anchor.getElement().getTextRecursively().equals("Export data (JSON)"))
			.findFirst()
			.orElseThrow();
		assertThat(link).isSameAs(view.personalData.export);
		assertThat(link.getHref()).isNotBlank();
		assertThat(link.getElement().hasAttribute("download")).isTrue();
		DownloadResponse download = view.personalData.exportFile();

		assertThat(download.getFileName()).startsWith("candidate-" + created.id() + "-").endsWith(".json");
		assertThat(download.getContentType()).isEqualTo("application/json");
		assertThat(new String(download.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
			.contains(created.fullName(), "dana@example.org", "Met at the job fair");
	}

	@Test
	@WithUserDetails(HR)
	void hired_candidates_data_is_not_erased_from_the_candidate_page() {
		CandidateDetails created = candidate();
		this.hiring.hire(created.id(), new HireForm(created.fullName(), unique("hired") + "@test.servewell.org", null,
				null, LocalDate.of(2027, 1, 4), null), "Good fit");

		CandidatePageView view = open(created.id());

		assertThat(view.personalData.erase.isAttached()).isFalse();
		assertThat(view.personalData.export.isAttached()).isTrue();
		assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
			.contains("Hired: their personal data is kept with their employee record.");
	}

	private CandidatePageView open(long candidateId) {
		return navigate("candidates/" + candidateId, CandidatePageView.class);
	}

	private CandidateDetails candidate() {
		return this.candidates.createCandidate(new CandidateForm(unique("Dana"), "dana@example.org",
				unique("Reception"), "Referral", "Met at the job fair", null));
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
