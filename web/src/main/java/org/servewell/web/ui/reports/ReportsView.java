package org.servewell.web.ui.reports;

import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
@Menu(title = "Reports", order = 21, icon = "vaadin:chart")
@RolesAllowed({ Roles.TRAINER, Roles.MANAGER, Roles.HR, Roles.ADMIN })
public class ReportsView extends Main implements HasDynamicTitle {

	private static final Set<Role> STAFF_LEADS = Set.of(Role.TRAINER, Role.MANAGER, Role.HR, Role.ADMIN);

	/** The reports, each named by its key's middle ("reports.card.matrix.title"). */
	private static final List<ReportCard> CARDS = List.of(
			new ReportCard("matrix", CompletionMatrixView.class, STAFF_LEADS),
			new ReportCard("overdue", OverdueView.class, STAFF_LEADS),
			new ReportCard("traits", TraitResultsView.class, STAFF_LEADS),
			new ReportCard("funnel", HiringFunnelView.class, Set.of(Role.HR)),
			new ReportCard("prediction", InterviewPredictionView.class, Set.of(Role.HR)));

	final Div cards = new Div();

	ReportsView(PeopleService people) {
		addClassName("sw-page");
		SignedInPerson me = people.currentPerson().orElse(null);
		Set<Role> roles = (me != null) ? me.roles() : Set.of();
		boolean teamOnly = roles.contains(Role.MANAGER)
				&& !(roles.contains(Role.TRAINER) || roles.contains(Role.HR) || roles.contains(Role.ADMIN));
		add(new H2(getTranslation("reports.title")),
				new Paragraph(getTranslation(teamOnly ? "reports.intro.team" : "reports.intro.everyone")));
		this.cards.addClassName("sw-cards");
		CARDS.stream()
			.filter((card) -> card.roles().stream().anyMatch(roles::contains))
			.forEach((card) -> this.cards.add(card.toCard(this)));
		add(this.cards);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("reports.title");
	}

	/** One report, who may open it; its words say what it answers. */
	record ReportCard(String name, Class<? extends Component> target, Set<Role> roles) {

		Card toCard(Component words) {
			String key = "reports.card." + this.name;
			return LinkCard.of(words.getTranslation(key + ".title"), words.getTranslation(key + ".text"),
					words.getTranslation(key + ".link"), this.target);
		}

	}

}
