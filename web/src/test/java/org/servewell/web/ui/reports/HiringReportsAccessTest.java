package org.servewell.web.ui.reports;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.NotFoundView;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hiring reports are HR's, as candidates are: no other role opens them by typing
 * their address, an administrator without HR included.
 */
class HiringReportsAccessTest extends ViewTest {

	static final List<String> ROUTES = List.of("reports/funnel", "reports/interviews-and-learning");

	@Test
	@WithUserDetails(LEARNER)
	void learner_cannot_open_the_hiring_reports() {
		assertClosed();
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_cannot_open_the_hiring_reports() {
		assertClosed();
	}

	@Test
	@WithUserDetails(MANAGER)
	void manager_cannot_open_the_hiring_reports() {
		assertClosed();
	}

	@Test
	@WithUserDetails(ADMIN)
	void administrator_without_hr_cannot_open_the_hiring_reports() {
		assertClosed();
	}

	@Test
	@WithUserDetails(HR)
	void hr_opens_both_hiring_reports() {
		assertThat(navigate("reports/funnel", HiringFunnelView.class)).isInstanceOf(HiringFunnelView.class);
		assertThat(navigate("reports/interviews-and-learning", InterviewPredictionView.class))
			.isInstanceOf(InterviewPredictionView.class);
	}

	private void assertClosed() {
		for (String route : ROUTES) {
			navigate(route, NotFoundView.class);
			assertThat(getCurrentView()).as(route)
				.isInstanceOf(NotFoundView.class)
				.isNotInstanceOfAny(HiringFunnelView.class, InterviewPredictionView.class);
		}
	}

}
