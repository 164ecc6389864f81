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
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "Assignments", order = 30, icon = "vaadin:calendar-user")
@RolesAllowed({ Roles.TRAINER, Roles.HR, Roles.ADMIN })
public class AssignmentsView extends Main implements HasDynamicTitle {

	private final AssignmentService assignments;

	final Grid<RuleSummary> rules = new Grid<>();

	final Button addRule = new Button(getTranslation("assignments.add-rule"), new Icon(VaadinIcon.PLUS));

	final Button assignByHand = new Button(getTranslation("assignments.assign-by-hand"),
			new Icon(VaadinIcon.USER_CHECK));

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

		this.rules
			.addColumn((rule) -> (rule.department() != null) ? rule.department()
					: getTranslation("assignments.any-department"))
			.setHeader(getTranslation("assignments.column.department"));
		this.rules
			.addColumn((rule) -> (rule.jobRole() != null) ? rule.jobRole() : getTranslation("assignments.any-job-role"))
			.setHeader(getTranslation("assignments.column.job-role"));
		this.rules.addColumn(RuleSummary::gives).setHeader(getTranslation("assignments.column.gives")).setFlexGrow(3);
		this.rules
			.addColumn((rule) -> rule.gives().startsWith("Course")
					? getTranslation("assignments.due.days", rule.dueAfterDays())
					: getTranslation("assignments.due.per-course"))
			.setHeader(getTranslation("assignments.column.due"))
			.setFlexGrow(2);
		this.rules.addColumn((rule) -> Formats.count(rule.peopleAssigned(), getLocale()))
			.setHeader(getTranslation("assignments.column.people"))
			.setAutoWidth(true);
		this.rules.addColumn((rule) -> Formats.day(rule.createdAt(), getLocale()))
			.setHeader(getTranslation("assignments.column.since"))
			.setAutoWidth(true);
		this.rules.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.rules.setAllRowsVisible(true);
		this.rules.setAriaLabel(getTranslation("assignments.grid"));
		this.rules.setEmptyStateText(getTranslation("assignments.empty"));

		add(new H2(getTranslation("assignments.title")), new Paragraph(getTranslation("assignments.intro")), toolbar,
				this.rules);
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("assignments.title");
	}

	void refresh() {
		List<RuleSummary> all = this.assignments.listRules();
		this.rules.setItems(all);
	}

}
