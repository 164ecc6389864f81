package org.servewell.web.ui.reports;

import java.util.List;
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
import jakarta.annotation.security.RolesAllowed;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.people.SignedInPerson;
import org.servewell.web.ui.components.LinkCard;

/**
 * Where the reports start: a card for each report the person's roles let them open,
 * saying what question it answers. Managers read about their own reports only, and the
 * page says so; the hiring reports show to HR alone, as candidates do.
 */
@Route("reports")
@PageTitle("Reports")
@Menu(title = "Reports", order = 21, icon = "vaadin:chart")
@RolesAllowed({ Roles.TRAINER, Roles.MANAGER, Roles.HR, Roles.ADMIN })
public class ReportsView extends Main {

	private static final Set<Role> STAFF_LEADS = Set.of(Role.TRAINER, Role.MANAGER, Role.HR, Role.ADMIN);

	private static final List<ReportCard> CARDS = List.of(
			new ReportCard("Completion matrix",
					"Everyone by course: not started, in progress, complete, overdue or expired, with totals. "
							+ "Filter to what needs chasing and download it as CSV.",
					"Open the matrix", CompletionMatrixView.class, STAFF_LEADS),
			new ReportCard("Overdue and due soon",
					"Training that is late or due shortly, most overdue first, with each person's manager and the "
							+ "last reminder sent.",
					"Open the overdue list", OverdueView.class, STAFF_LEADS),
			new ReportCard("Results by service trait",
					"How each team does in scenario quizzes per service trait, as a heat map, and completions per month.",
					"Open trait results", TraitResultsView.class, STAFF_LEADS),
			new ReportCard("Hiring funnel",
					"Per position: candidates added, interviewed, decided and hired, and how long a decision takes.",
					"Open the funnel", HiringFunnelView.class, Set.of(Role.HR)),
			new ReportCard("Do interviews predict learning?",
					"For hires, how the panel's rating of each trait compares with their quiz results since.",
					"Compare interviews and learning", InterviewPredictionView.class, Set.of(Role.HR)));

	final Div cards = new Div();

	ReportsView(PeopleService people) {
		addClassName("sw-page");
		SignedInPerson me = people.currentPerson().orElse(null);
		Set<Role> roles = (me != null) ? me.roles() : Set.of();
		boolean teamOnly = roles.contains(Role.MANAGER)
				&& !(roles.contains(Role.TRAINER) || roles.contains(Role.HR) || roles.contains(Role.ADMIN));
		add(new H2("Reports"), new Paragraph(teamOnly ? "These reports cover the people who report to you."
				: "These reports cover everyone who can sign in. Each one downloads as CSV with its filters."));
		this.cards.addClassName("sw-cards");
		CARDS.stream()
			.filter((card) -> card.roles().stream().anyMatch(roles::contains))
			.forEach((card) -> this.cards.add(card.toCard()));
		add(this.cards);
	}

	/** One report, who may open it, and what it answers. */
	record ReportCard(String title, String text, String linkText, Class<? extends Component> target, Set<Role> roles) {

		Card toCard() {
			return LinkCard.of(this.title, this.text, this.linkText, this.target);
		}

	}

}
