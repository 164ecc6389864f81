package org.servewell.web.ui.reports;

import java.time.LocalDate;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.servewell.hiring.CandidateForm;
import org.servewell.hiring.CandidateService;
import org.servewell.hiring.HireForm;
import org.servewell.hiring.HiringDecisionService;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.screening.AgreementView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class InterviewPredictionViewTest extends ViewTest {

	@Autowired
	CandidateService candidates;

	@Autowired
	HiringDecisionService hiring;

	@Test
	@WithUserDetails(HR)
	void a_position_whose_hire_has_no_interviews_says_what_data_the_figures_need() {
		String position = "Concierge " + UUID.randomUUID().toString().substring(0, 8);
		long candidate = SignedIn
			.as(HR, () -> this.candidates
				.createCandidate(new CandidateForm("Jo Hired", null, position, null, null, null)), Roles.HR)
			.id();
		String email = "jo-" + UUID.randomUUID().toString().substring(0, 8) + "@demo.servewell.org";
		SignedIn.run(HR,
				() -> this.hiring.hire(candidate,
						new HireForm("Jo Hired", email, null, null, LocalDate.of(2026, 11, 2), null), "Good fit"),
				Roles.HR);

		InterviewPredictionView view = navigate(InterviewPredictionView.class);
		view.position.setValue(position);

		assertThat(view.headline.getText()).isEqualTo("No hire has both interview ratings and quiz results yet.");
		assertThat(view.needed.isVisible()).isTrue();
		assertThat(view.traits.getListDataView().getItemCount()).isZero();
		assertThat(view.traits.getEmptyStateText())
			.isEqualTo("No trait has both interview ratings and quiz results yet.");
		assertThat(view.interviewers.getListDataView().getItemCount()).isZero();
		assertThat(find(Anchor.class).all()).extracting((anchor) -> anchor.getElement().getTextRecursively())
			.anySatisfy((text) -> assertThat(text).contains("Download the figures as CSV"));
	}

	@Test
	@WithUserDetails(HR)
	void hr_goes_from_interviewer_agreement_to_the_prediction_and_back() {
		navigate(AgreementView.class);
		test(find(RouterLink.class).withText("Do interviews predict learning?").single()).click();
		assertThat(getCurrentView()).isInstanceOf(InterviewPredictionView.class);

		test(find(RouterLink.class).withText("Interviewer agreement").single()).click();
		assertThat(getCurrentView()).isInstanceOf(AgreementView.class);
	}

}
