package org.servewell.web.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.SignedInPerson;
import org.servewell.web.ui.components.LinkCard;
import org.servewell.web.ui.assignments.AssignmentsView;
import org.servewell.web.ui.audit.AuditView;
import org.servewell.web.ui.catalog.CatalogView;
import org.servewell.web.ui.learning.MyLearningView;
import org.servewell.web.ui.people.EmployeesView;
import org.servewell.web.ui.people.PeopleView;
import org.servewell.web.ui.progress.ProgressView;
import org.servewell.web.ui.screening.AgreementView;
import org.servewell.web.ui.screening.CandidatesView;
import org.servewell.web.ui.screening.KitsView;
import org.servewell.web.ui.studio.StudioView;

/**
 * The landing page after sign-in: a greeting and a card for each thing the person's roles
 * let them do, each leading to its page. A page two roles share shows once.
 */
@Route("")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends Main implements HasDynamicTitle {

	private static final HomeCard MY_LEARNING = new HomeCard("home.card.learning", MyLearningView.class);

	private static final HomeCard CATALOGUE = new HomeCard("home.card.catalogue", CatalogView.class);

	private static final HomeCard STUDIO = new HomeCard("home.card.studio", StudioView.class);

	private static final HomeCard RULES = new HomeCard("home.card.rules", AssignmentsView.class);

	private static final HomeCard PROGRESS = new HomeCard("home.card.progress", ProgressView.class);

	private static final HomeCard AUDIT = new HomeCard("home.card.audit", AuditView.class);

	/** What each role's work starts from, in the order the cards show. */
	private static final Map<Role, List<HomeCard>> CARDS = Map.of(Role.LEARNER, List.of(MY_LEARNING, CATALOGUE),
			Role.TRAINER, List.of(STUDIO, CATALOGUE, RULES, PROGRESS, AUDIT), Role.HR,
			List.of(new HomeCard("home.card.employees", EmployeesView.class),
					new HomeCard("home.card.candidates", CandidatesView.class),
					new HomeCard("home.card.kits", KitsView.class),
					new HomeCard("home.card.agreement", AgreementView.class), RULES, PROGRESS),
			Role.MANAGER, List.of(new HomeCard("home.card.team", ProgressView.class)), Role.ADMIN,
			List.of(new HomeCard("home.card.people", PeopleView.class), STUDIO, AUDIT, RULES, PROGRESS, CATALOGUE));

	HomeView(PeopleService people) {
		addClassName("sw-page");
		SignedInPerson me = people.currentPerson().orElse(null);
		Set<Role> roles = (me != null) ? me.roles() : Set.of();
		String firstName = (me != null) ? me.displayName().split(" ")[0] : "";
		add(new H2(getTranslation("home.welcome", firstName)), new Paragraph(getTranslation("home.intro")));

		Div cards = new Div();
		cards.addClassName("sw-cards");
		cardsFor(roles).forEach((card) -> cards.add(card.toCard(this)));
		add(cards);
	}

	/** The cards for these roles, in role order, each page once. */
	static List<HomeCard> cardsFor(Set<Role> roles) {
		Map<Class<? extends Component>, HomeCard> byPage = new LinkedHashMap<>();
		for (Role role : Role.values()) {
			if (roles.contains(role)) {
				CARDS.getOrDefault(role, List.of()).forEach((card) -> byPage.putIfAbsent(card.target(), card));
			}
		}
		return new ArrayList<>(byPage.values());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("home.title");
	}

	/**
	 * One thing a person can do, and the page where they do it; its title, text and link
	 * are translated under {@code key} + ".title", ".text" and ".link".
	 */
	record HomeCard(String key, Class<? extends Component> target) {

		Card toCard(Component page) {
			return LinkCard.of(page.getTranslation(this.key + ".title"), page.getTranslation(this.key + ".text"),
					page.getTranslation(this.key + ".link"), this.target);
		}

	}

}
