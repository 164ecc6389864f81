package org.servewell.web.ui;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.servewell.web.ViewTest;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page offers a card for each thing a person's roles let them do, and every card
 * opens its page.
 */
class HomeViewTest extends ViewTest {

	@Test
	@WithUserDetails(LEARNER)
	void learner_is_offered_their_learning_and_the_catalogue() {
		assertThat(cardLinks()).containsExactly("learning", "catalog");
		eachCardOpensItsPage();
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_is_offered_the_studio_the_catalogue_rules_progress_and_the_audit_log() {
		assertThat(cardLinks()).containsExactlyInAnyOrder("learning", "catalog", "studio", "assignments", "progress",
				"audit");
		eachCardOpensItsPage();
	}

	@Test
	@WithUserDetails(HR)
	void hr_is_offered_employees_candidates_interview_kits_and_rater_agreement() {
		assertThat(cardLinks()).containsExactlyInAnyOrder("learning", "catalog", "employees", "candidates",
				"candidates/kits", "candidates/agreement", "assignments", "progress");
		eachCardOpensItsPage();
	}

	@Test
	@WithUserDetails(MANAGER)
	void manager_is_offered_their_teams_progress() {
		assertThat(cardLinks()).containsExactlyInAnyOrder("learning", "catalog", "progress");
		eachCardOpensItsPage();
	}

	@Test
	@WithUserDetails(ADMIN)
	void administrator_is_offered_people_the_studio_and_the_audit_log() {
		assertThat(cardLinks()).containsExactlyInAnyOrder("admin/people", "studio", "audit", "assignments", "progress",
				"catalog");
		eachCardOpensItsPage();
	}

	private List<String> cardLinks() {
		return cardLinkComponents().stream().map(RouterLink::getHref).toList();
	}

	private List<RouterLink> cardLinkComponents() {
		navigate(HomeView.class);
		return find(Card.class).all().stream().flatMap((card) -> linksIn(card.getElement())).toList();
	}

	/** The links inside {@code element}, in page order. */
	private static Stream<RouterLink> linksIn(Element element) {
		Stream<RouterLink> own = element.getComponent()
			.filter(RouterLink.class::isInstance)
			.map(RouterLink.class::cast)
			.stream();
		return Stream.concat(own, element.getChildren().flatMap(HomeViewTest::linksIn));
	}

	/** Each card's link opens a page this person may see, not "page not found". */
	private void eachCardOpensItsPage() {
		for (String href : cardLinks()) {
			RouterLink link = cardLinkComponents().stream()
				.filter((candidate) -> candidate.getHref().equals(href))
				.findFirst()
				.orElseThrow();
			test(link).click();
			assertThat(getCurrentView()).as(href).isNotInstanceOf(NotFoundView.class).isNotInstanceOf(HomeView.class);
		}
	}

}
