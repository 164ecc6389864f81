package org.servewell.web.ui.reports;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.NotFoundView;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports page offers each report a person's roles let them open, and each card opens
 * its report.
 */
class ReportsViewTest extends ViewTest {

	@Test
	@WithUserDetails(MANAGER)
	void manager_is_offered_the_learning_reports_about_their_own_team() {
		ReportsView view = navigate(ReportsView.class);

		assertThat(text(view)).contains("people who report to you");
		assertThat(links(view)).containsExactly("reports/matrix", "reports/overdue", "reports/traits");
	}

	@Test
	@WithUserDetails(HR)
	void hr_is_offered_the_hiring_reports_as_well() {
		ReportsView view = navigate(ReportsView.class);

		assertThat(links(view)).containsExactly("reports/matrix", "reports/overdue", "reports/traits", "reports/funnel",
				"reports/interviews-and-learning");
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_is_offered_the_learning_reports_without_hiring() {
		assertThat(links(navigate(ReportsView.class))).containsExactly("reports/matrix", "reports/overdue",
				"reports/traits");
	}

	@Test
	@WithUserDetails(LEARNER)
	void learner_cannot_open_the_reports() {
		navigate("reports", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(ReportsView.class);
	}

	private static String text(ReportsView view) {
		return view.getElement().getTextRecursively();
	}

	/** The links inside {@code element}, in page order. */
	private static Stream<RouterLink> linksIn(Element element) {
		Stream<RouterLink> own = element.getComponent()
			.filter(RouterLink.class::isInstance)
			.map(RouterLink.class::cast)
			.stream();
		return Stream.concat(own, element.getChildren().flatMap(ReportsViewTest::linksIn));
	}

	private static List<String> links(ReportsView view) {
		return linksIn(view.cards.getElement()).map(RouterLink::getHref).toList();
	}

}
