package org.servewell.web.ui.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.servewell.hiring.CandidateForm;
import org.servewell.hiring.CandidateService;
import org.servewell.hiring.HireForm;
import org.servewell.hiring.HiringDecisionService;
import org.servewell.people.Roles;
import org.servewell.reporting.InterviewPrediction;
import org.servewell.reporting.PearsonCorrelation;
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
	void an_interviewer_figure_from_three_hires_says_in_words_why_it_has_no_interval() {
		InterviewPredictionView view = navigate(InterviewPredictionView.class);

		var interviewers = test(view.interviewers);
		List<Integer> fromThree = IntStream.range(0, interviewers.size())
			.filter((row) -> interviewers.getCellText(row, 1).equals("3"))
			.boxed()
			.toList();
		assertThat(fromThree).isNotEmpty()
			.allSatisfy((row) -> assertThat(interviewers.getCellText(row, 3)).endsWith(
					"No interval: the range the true figure most likely lies in cannot be computed from fewer than 4 "
							+ "people."));
	}

	@Test
	@WithUserDetails(HR)
	void a_perfect_correlation_from_four_hires_reads_no_interval_instead_of_a_range() {
		InterviewPredictionView view = navigate(InterviewPredictionView.class);
		// Four hires on one line: what the service returns for them
		// (PearsonCorrelationTest).
		PearsonCorrelation perfect = PearsonCorrelation
			.of(List.of(new PearsonCorrelation.Pair(2, 0), new PearsonCorrelation.Pair(3, 1 / 3.0),
					new PearsonCorrelation.Pair(4, 2 / 3.0), new PearsonCorrelation.Pair(5, 1)));

		view.traits.show(List.of(new InterviewPrediction.Figure("respect", "Respect", perfect)));

		assertThat(test(view.traits).getCellText(0, 2)).isEqualTo("1.00");
		assertThat(test(view.traits).getCellText(0, 3)).isEqualTo("Too few people to mean anything (4 of 10 needed). "
				+ "No interval: a perfect correlation from few people (every hire on one line), for which the range "
				+ "the true figure most likely lies in cannot be computed.")
			.doesNotContain(" to 1.00");
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
