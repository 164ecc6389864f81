package org.servewell.web.ui;

import java.util.Set;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.SignedInPerson;
import org.servewell.web.ui.people.EmployeesView;
import org.servewell.web.ui.people.PeopleView;
import org.servewell.web.ui.progress.ProgressView;
import org.servewell.web.ui.assignments.AssignmentsView;
import org.servewell.web.ui.catalog.CatalogView;
import org.servewell.web.ui.learning.MyLearningView;

/**
 * The landing page after sign-in: a greeting and, for each role the person holds, where
 * their work starts.
 */
@Route("")
@PageTitle("Home")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends Main {

	HomeView(PeopleService people) {
		addClassName("sw-page");
		SignedInPerson me = people.currentPerson().orElse(null);
		Set<Role> roles = (me != null) ? me.roles() : Set.of();
		String firstName = (me != null) ? me.displayName().split(" ")[0] : "";
		add(new H2("Welcome, " + firstName), new Paragraph("Here is where your work in Servewell starts."));

		Div cards = new Div();
		cards.addClassName("sw-cards");
		if (roles.contains(Role.LEARNER)) {
			cards.add(card("Learning", "Your onboarding path and courses, what is due next, and your certificates.",
					"Open my learning", MyLearningView.class));
		}
		if (roles.contains(Role.TRAINER)) {
			cards.add(card("Onboarding rules", "Decide which departments and job roles get which path or course.",
					"Open assignments", AssignmentsView.class));
			cards.add(card("Progress", "See who has started, finished or fallen behind on each course.",
					"Open progress", ProgressView.class));
		}
		if (roles.contains(Role.HR)) {
			cards.add(card("Employees", "Add new hires with their department, job role, start date and manager.",
					"Open employees", EmployeesView.class));
		}
		if (roles.contains(Role.MANAGER)) {
			cards.add(card("Your team", "See how the people who report to you are getting on with their training.",
					"Open progress", ProgressView.class));
		}
		if (roles.contains(Role.ADMIN)) {
			cards.add(card("Administration", "Add people, set their roles and departments, or disable an account.",
					"Manage people", PeopleView.class));
		}
		add(cards);
	}

	private static Card card(String title, String text, String linkText,
			Class<? extends com.vaadin.flow.component.Component> target) {
		Card card = new Card();
		card.setTitle(title);
		card.add(new Paragraph(text));
		RouterLink link = new RouterLink(linkText, target);
		link.addClassName("sw-card-link");
		card.addToFooter(link);
		return card;
	}

}
