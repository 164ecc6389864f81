package org.servewell.web.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.card.Card;
import org.junit.jupiter.api.Test;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.people.EmployeesView;
import org.servewell.web.ui.people.PeopleView;

import org.springframework.security.test.context.support.WithUserDetails;

import org.servewell.hiring.CandidateForm;
import org.servewell.hiring.CandidateService;
import org.servewell.hiring.PanelService;
import org.servewell.people.PeopleService;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationTest extends ViewTest {

	@Autowired
	PeopleService people;

	@Autowired
	CandidateService candidates;

	@Autowired
	PanelService panels;

	@Test
	@WithUserDetails(LEARNER)
	void learner_sees_home_and_catalogue_only() {
		navigate(HomeView.class);

		assertThat(menu()).containsExactly("Home", "My learning", "Catalogue");
	}

	@Test
	@WithUserDetails(HR)
	void hr_sees_employees_and_candidates_but_not_administration() {
		navigate(HomeView.class);

		assertThat(menu()).containsExactly("Home", "My learning", "Catalogue", "Progress", "Reports", "Assignments",
				"Employees", "Candidates");
	}

	@Test
	@WithUserDetails(ADMIN)
	void administrator_sees_people_under_administration() {
		navigate(HomeView.class);

		assertThat(menu()).containsExactly("Home", "My learning", "Catalogue", "Progress", "Reports", "Studio",
				"Audit log", "Assignments", "People", "API tokens", "Webhooks", "Open Badges", "xAPI", "Reminders");
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_sees_progress_the_studio_and_assignments() {
		navigate(HomeView.class);

		assertThat(menu()).containsExactly("Home", "My learning", "Catalogue", "Progress", "Reports", "Studio",
				"Audit log", "Assignments");
	}

	@Test
	@WithUserDetails(MANAGER)
	void manager_sees_progress_of_their_team() {
		navigate(HomeView.class);

		assertThat(menu()).containsExactly("Home", "My learning", "Catalogue", "Progress", "Reports");
	}

	@Test
	@WithUserDetails(LEARNER)
	void learner_with_no_interviews_has_no_my_interviews_entry() {
		navigate(HomeView.class);

		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).doesNotContain("My interviews");
	}

	@Test
	@WithUserDetails(ADMIN)
	void administration_entries_sit_under_their_own_heading() {
		navigate(HomeView.class);

		assertThat(find(com.vaadin.flow.component.sidenav.SideNav.class).all())
			.filteredOn((nav) -> "Administration".equals(nav.getLabel()))
			.singleElement()
			.satisfies((nav) -> assertThat(nav.getItems()).extracting(SideNavItem::getLabel)
				.containsExactly("People", "API tokens", "Webhooks", "Open Badges", "xAPI", "Reminders"));
	}

	@Test
	@WithUserDetails(MANAGER)
	void interviewer_finds_my_interviews_in_the_menu() {
		long me = this.people.currentPersonId().orElseThrow();
		SignedIn.run(HR, () -> {
			long candidate = this.candidates
				.createCandidate(new CandidateForm("Menu Candidate", null, "Reception", null, null, null))
				.id();
			this.panels.assignInterviewer(candidate, me, "front-line-service");
		}, Roles.HR);

		navigate(HomeView.class);

		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel).contains("My interviews");
	}

	@Test
	@WithUserDetails(LEARNER)
	void learner_who_types_the_administration_address_gets_not_found() {
		navigate("admin/people", NotFoundView.class);

		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class).isNotInstanceOf(PeopleView.class);
	}

	@Test
	@WithUserDetails(LEARNER)
	void learner_who_mistypes_an_address_keeps_the_menu_their_name_and_sign_out() {
		navigate("my-lerning", NotFoundView.class);

		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
		assertThat(menu()).containsExactly("Home", "My learning", "Catalogue");
		assertThat(find(Button.class).all()).extracting(Button::getText).contains("Sign out");
		assertThat(find(Span.class).all()).extracting(Span::getText).contains("Lena Learner", "Page not found");
	}

	@Test
	@WithUserDetails(MANAGER)
	void manager_cannot_open_employees() {
		navigate("employees", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(EmployeesView.class);
	}

	@Test
	@WithUserDetails(HR)
	void hr_cannot_open_people_administration() {
		navigate("admin/people", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(PeopleView.class);
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_cannot_open_people_administration_or_employees() {
		navigate("admin/people", NotFoundView.class);
		assertThat(getCurrentView()).isNotInstanceOf(PeopleView.class);

		navigate("employees", NotFoundView.class);
		assertThat(getCurrentView()).isNotInstanceOf(EmployeesView.class);
	}

	@Test
	@WithUserDetails(ADMIN)
	void administrator_opens_people_administration() {
		assertThat(navigate(PeopleView.class)).isInstanceOf(PeopleView.class);
	}

	@Test
	@WithUserDetails(HR)
	void hr_opens_employees() {
		assertThat(navigate(EmployeesView.class)).isInstanceOf(EmployeesView.class);
	}

	@Test
	@WithUserDetails(LEARNER)
	void every_page_shows_the_signed_in_name_and_the_demo_marker() {
		navigate(HomeView.class);

		assertThat(find(Span.class).withText("Lena Learner").all()).hasSize(1);
		assertThat(find(Span.class).withText("Demo data").all()).hasSize(1);
	}

	@Test
	@WithUserDetails(ADMIN)
	void administrator_lands_on_a_home_page_pointing_to_people() {
		navigate(HomeView.class);

		assertThat(cardTexts()).anyMatch((text) -> text.contains("Manage people"));
	}

	@Test
	@WithUserDetails(LEARNER)
	void learner_home_page_offers_learning_but_no_administration() {
		navigate(HomeView.class);

		assertThat(cardTexts()).anyMatch((text) -> text.contains("Open my learning"))
			.noneMatch((text) -> text.contains("Manage people"));
	}

	private List<String> cardTexts() {
		return find(Card.class).all().stream().map((card) -> card.getElement().getTextRecursively()).toList();
	}

	/**
	 * The menu, leaving out "My interviews", which shows only to people with interviews
	 * and so depends on what other tests on the shared database assigned.
	 */
	private List<String> menu() {
		return find(SideNavItem.class).all()
			.stream()
			.map(SideNavItem::getLabel)
			.filter((label) -> !label.equals("My interviews"))
			.toList();
	}

}
