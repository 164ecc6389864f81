package org.servewell.web.ui.reports;

import java.util.List;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.servewell.reporting.TraitPeriod;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.NotFoundView;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class TraitResultsViewTest extends ViewTest {

	@Test
	@WithUserDetails(MANAGER)
	void managerReadsWhatTheNumbersMeanAndSeesTheirTeamsResultsOrBeingToldThereAreNone() {
		TraitResultsView view = navigate(TraitResultsView.class);

		assertThat(paragraphs()).anySatisfy((text) -> assertThat(text).startsWith("Each number is the mean credit"))
			.anySatisfy((text) -> assertThat(text).contains("the people who report to you"));
		assertThat(view.period.getValue()).isEqualTo(TraitPeriod.LAST_12_MONTHS);
		assertThat(find(H3.class).all()).extracting(H3::getText).contains("Completions over time");
	}

	@Test
	@WithUserDetails(HR)
	void hrChangesThePeriodAndTheHeatMapFollows() {
		TraitResultsView view = navigate(TraitResultsView.class);

		test(view.period).selectItem(TraitResultsView.label(Words.of(view), TraitPeriod.ALL_TIME));

		assertThat(view.heatMap.getChildren().count()).isPositive();
		assertThat(paragraphs()).anySatisfy((text) -> assertThat(text).contains("everyone who can sign in"));
		assertThat(view.csv.getHref()).isNotBlank();
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainerMayOpenTheTraitResults() {
		assertThat(navigate(TraitResultsView.class)).isNotNull();
	}

	@Test
	@WithUserDetails(ADMIN)
	void administratorMayOpenTheTraitResults() {
		assertThat(navigate(TraitResultsView.class)).isNotNull();
	}

	@Test
	@WithUserDetails(LEARNER)
	void learnerCannotOpenTheTraitResults() {
		navigate("reports/traits", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(TraitResultsView.class);
	}

	private List<String> paragraphs() {
		return find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
	}

}
