package org.servewell.web.ui.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.servewell.hiring.CandidateForm;
import org.servewell.hiring.CandidateService;
import org.servewell.people.Roles;
import org.servewell.reporting.HiringFunnel;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class HiringFunnelViewTest extends ViewTest {

	@Autowired
	CandidateService candidates;

	@Test
	@WithUserDetails(HR)
	void hr_sees_a_new_positions_funnel_as_a_chart_with_its_figures_in_words_and_in_the_table() {
		String position = "Night porter " + UUID.randomUUID().toString().substring(0, 8);
		for (String name : List.of("Ann Applicant", "Bo Applicant", "Cy Applicant")) {
			SignedIn.as(HR,
					() -> this.candidates.createCandidate(new CandidateForm(name, null, position, null, null, null)),
					Roles.HR);
		}

		HiringFunnelView view = navigate(HiringFunnelView.class);
		view.position.setValue(position);

		assertThat(view.positions.getListDataView().getItems().filter((row) -> row.position().equals(position)))
			.singleElement()
			.extracting(HiringFunnel.Position::candidates)
			.isEqualTo(3);
		assertThat(view.chart.summary.getText()).isEqualTo("Of 3 candidates for " + position
				+ ", 0 were interviewed, 0 decided and 0 hired. None has a decision yet.");
		assertThat(find(Image.class, view.chart).single().getAlt()).hasValueSatisfying(
				(alt) -> assertThat(alt).startsWith("Hiring funnel for " + position).contains("Of 3 candidates"));
	}

	@Test
	@WithUserDetails(HR)
	void a_period_without_candidates_says_so_instead_of_drawing_an_empty_chart() {
		HiringFunnelView view = navigate(HiringFunnelView.class);
		view.from.setValue(LocalDate.of(1990, 1, 1));
		view.to.setValue(LocalDate.of(1990, 12, 31));

		assertThat(view.positions.getListDataView().getItemCount()).isZero();
		assertThat(view.chart.summary.getText())
			.isEqualTo("No candidates were added in this period, so there is no funnel to draw.");
		assertThat(find(Image.class, view.chart).all()).isEmpty();
	}

	@Test
	@WithUserDetails(HR)
	void a_period_that_ends_before_it_starts_is_refused_with_the_reason() {
		HiringFunnelView view = navigate(HiringFunnelView.class);
		view.from.setValue(LocalDate.of(2026, 6, 1));
		view.to.setValue(LocalDate.of(2026, 5, 1));

		assertThat(test(find(Notification.class).last()).getText()).contains("ends before it starts");
	}

}
