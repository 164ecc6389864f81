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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Home")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends Main {

	private static final HomeCard MY_LEARNING = new HomeCard("My learning",
			"Your onboarding path and courses, what is due next, and your certificates.", "Open my learning",
			MyLearningView.class);

	private static final HomeCard CATALOGUE = new HomeCard("Catalogue",
			"Every course Servewell offers and the onboarding paths that put them in order.", "Browse the catalogue",
			CatalogView.class);

	private static final HomeCard STUDIO = new HomeCard("Studio",
			"Write and revise courses, preview them as a learner would, and publish new versions.", "Open the studio",
			StudioView.class);

	private static final HomeCard RULES = new HomeCard("Onboarding rules",
			"Decide which departments and job roles get which path or course, or assign one by hand.",
			"Open assignments", AssignmentsView.class);

	private static final HomeCard PROGRESS = new HomeCard("Progress",
			"See who has started, finished or fallen behind on each course.", "Open progress", ProgressView.class);

	private static final HomeCard AUDIT = new HomeCard("Audit log",
			"Who created, changed, published and retired each course, and when.", "Open the audit log",
			AuditView.class);

	/** What each role's work starts from, in the order the cards show. */
	private static final Map<Role, List<HomeCard>> CARDS = Map.of(Role.LEARNER, List.of(MY_LEARNING, CATALOGUE),
			Role.TRAINER, List.of(STUDIO, CATALOGUE, RULES, PROGRESS, AUDIT), Role.HR,
			List.of(new HomeCard("Employees", "Add new hires with their department, job role, start date and manager.",
					"Open employees", EmployeesView.class),
					new HomeCard("Candidates", "Screen candidates, arrange their interviews and record decisions.",
							"Open candidates", CandidatesView.class),
					new HomeCard("Interview kits", "The questions and rating guides interviewers use for a position.",
							"Open interview kits", KitsView.class),
					new HomeCard("Interviewer agreement",
							"How closely interviewers agree when they rate the same candidates.", "Open agreement",
							AgreementView.class),
					RULES, PROGRESS),
			Role.MANAGER,
			List.of(new HomeCard("Your team",
					"See how the people who report to you are getting on with their training.", "Open progress",
					ProgressView.class)),
			Role.ADMIN,
			List.of(new HomeCard("People", "Add people, set their roles and departments, or disable an account.",
					"Manage people", PeopleView.class), STUDIO, AUDIT, RULES, PROGRESS, CATALOGUE));

	HomeView(PeopleService people) {
		addClassName("sw-page");
		SignedInPerson me = people.currentPerson().orElse(null);
		Set<Role> roles = (me != null) ? me.roles() : Set.of();
		String firstName = (me != null) ? me.displayName().split(" ")[0] : "";
		add(new H2("Welcome, " + firstName), new Paragraph("Here is where your work in Servewell starts."));

		Div cards = new Div();
		cards.addClassName("sw-cards");
		cardsFor(roles).forEach((card) -> cards.add(card.toCard()));
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

	/** One thing a person can do, and the page where they do it. */
	record HomeCard(String title, String text, String linkText, Class<? extends Component> target) {

		Card toCard() {
			return LinkCard.of(this.title, this.text, this.linkText, this.target);
		}

	}

}
