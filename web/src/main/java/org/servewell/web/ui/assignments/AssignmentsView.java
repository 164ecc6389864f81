package org.servewell.web.ui.assignments;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.catalog.CatalogService;
import org.servewell.learning.AssignmentService;
import org.servewell.learning.RuleSummary;
import org.servewell.people.PeopleService;
import org.servewell.people.Roles;
import org.servewell.web.ui.components.Formats;

/**
 * Who is asked to take what: assignment rules by department and job role, and assignments
 * made by hand.
 */
@Route("assignments")
@PageTitle("Assignments")
@Menu(title = "Assignments", order = 30, icon = "vaadin:calendar-user")
@RolesAllowed({ Roles.TRAINER, Roles.HR, Roles.ADMIN })
public class AssignmentsView extends Main {

	private final AssignmentService assignments;

	final Grid<RuleSummary> rules = new Grid<>();

	final Button addRule = new Button("Add rule", new Icon(VaadinIcon.PLUS));

	final Button assignByHand = new Button("Assign by hand", new Icon(VaadinIcon.USER_CHECK));

	AssignmentsView(AssignmentService assignments, CatalogService catalog, PeopleService people) {
		this.assignments = assignments;
		addClassName("sw-page");

		this.addRule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.addRule.addClickListener(
				(click) -> new RuleDialog(assignments, catalog, people.listDepartments(), this::refresh).open());
		this.assignByHand.addClickListener((click) -> new ManualAssignmentDialog(assignments, catalog,
				people.listPersonChoices(), people.listDepartments())
			.open());
		Div toolbar = new Div(this.addRule, this.assignByHand);
		toolbar.addClassName("sw-toolbar");

		this.rules.addColumn((rule) -> (rule.department() != null) ? rule.department() : "Any department")
			.setHeader("Department");
		this.rules.addColumn((rule) -> (rule.jobRole() != null) ? rule.jobRole() : "Any job role")
			.setHeader("Job role");
		this.rules.addColumn(RuleSummary::gives).setHeader("Gives").setFlexGrow(3);
		this.rules.addColumn((rule) -> rule.gives().startsWith("Course") ? rule.dueAfterDays() + " days after start"
				: "Per course in the path")
			.setHeader("Due")
			.setFlexGrow(2);
		this.rules.addColumn(RuleSummary::peopleAssigned).setHeader("People assigned").setAutoWidth(true);
		this.rules.addColumn((rule) -> Formats.DAY.format(rule.createdAt())).setHeader("Since").setAutoWidth(true);
		this.rules.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.rules.setAllRowsVisible(true);
		this.rules.setAriaLabel("Assignment rules");
		this.rules.setEmptyStateText("No rules yet. Add one to give new hires their onboarding automatically.");

		add(new H2("Assignments"),
				new Paragraph("Rules give people in a department or job role an onboarding path or a course, "
						+ "due counted from their start date. A new rule applies to everyone who already matches, "
						+ "and to everyone who matches later."),
				toolbar, this.rules);
		refresh();
	}

	void refresh() {
		List<RuleSummary> all = this.assignments.listRules();
		this.rules.setItems(all);
	}

}
