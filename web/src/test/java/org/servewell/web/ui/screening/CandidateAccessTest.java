package org.servewell.web.ui.screening;

import java.util.List;

import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servewell.hiring.CandidateForm;
import org.servewell.hiring.CandidateService;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.HomeView;
import org.servewell.web.ui.NotFoundView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Candidates' data is HR's: no other role finds the screening screens in the menu or
 * opens them by typing their address, an administrator without HR included.
 */
class CandidateAccessTest extends ViewTest {

	@Autowired
	CandidateService candidates;

	private long candidateId;

	@BeforeEach
	void someone_applied() {
		this.candidateId = SignedIn
			.as(HR, () -> this.candidates
				.createCandidate(new CandidateForm("Private Applicant", null, "Reception", null, null, null)), Roles.HR)
			.id();
	}

	@Test
	@WithUserDetails(LEARNER)
	void learner_neither_sees_nor_opens_the_screening_screens() {
		assertScreeningIsClosed();
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_neither_sees_nor_opens_the_screening_screens() {
		assertScreeningIsClosed();
	}

	@Test
	@WithUserDetails(MANAGER)
	void manager_neither_sees_nor_opens_the_screening_screens() {
		assertScreeningIsClosed();
	}

	@Test
	@WithUserDetails(ADMIN)
	void administrator_without_hr_neither_sees_nor_opens_the_screening_screens() {
		assertScreeningIsClosed();
	}

	@Test
	@WithUserDetails(HR)
	void hr_finds_candidates_in_the_menu_and_opens_every_screening_screen() {
		navigate(HomeView.class);
		assertThat(menu()).contains("Candidates");

		assertThat(navigate("candidates", CandidatesView.class)).isInstanceOf(CandidatesView.class);
		assertThat(navigate("candidates/" + this.candidateId, CandidatePageView.class))
			.isInstanceOf(CandidatePageView.class);
		assertThat(navigate("candidates/compare", PositionComparisonView.class))
			.isInstanceOf(PositionComparisonView.class);
		assertThat(navigate("candidates/agreement", AgreementView.class)).isInstanceOf(AgreementView.class);
		assertThat(navigate("candidates/kits", KitsView.class)).isInstanceOf(KitsView.class);
		assertThat(navigate("candidates/kits/front-line-service", KitEditorView.class))
			.isInstanceOf(KitEditorView.class);
	}

	private void assertScreeningIsClosed() {
		navigate(HomeView.class);
		assertThat(menu()).doesNotContain("Candidates");

		for (String route : List.of("candidates", "candidates/" + this.candidateId, "candidates/compare",
				"candidates/agreement", "candidates/kits", "candidates/kits/front-line-service")) {
			navigate(route, NotFoundView.class);
			assertThat(getCurrentView()).as(route)
				.isInstanceOf(NotFoundView.class)
				.isNotInstanceOfAny(CandidatesView.class, CandidatePageView.class, PositionComparisonView.class,
						AgreementView.class, KitsView.class, KitEditorView.class);
		}
	}

	private List<String> menu() {
		return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
	}

}
