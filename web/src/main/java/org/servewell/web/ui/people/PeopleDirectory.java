package org.servewell.web.ui.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;

import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.Role;
import org.servewell.web.ui.components.Notices;

/**
 * A searchable list of people with a form to add or change one. What the form may change
 * is decided by the service from the signed-in person's roles.
 */
public abstract class PeopleDirectory extends Main implements HasDynamicTitle {

	private final PeopleService people;

	final Grid<PersonDetails> grid = new Grid<>();

	final TextField search = new TextField();

	final Button add = new Button();

	final RouterLink importFile = new RouterLink(EmployeeImportView.class);

	private final Set<Role> assignable;

	private final String titleKey;

	private List<PersonDetails> everyone = List.of();

	/**
	 * @param titleKey the key of the page's title and heading
	 * @param addKey the key of the add button's text
	 */
	PeopleDirectory(PeopleService people, String titleKey, String addKey) {
		this.people = people;
		this.titleKey = titleKey;
		this.assignable = people.assignableRoles();
		addClassNames("sw-page", "sw-fill");

		this.search.setPlaceholder(getTranslation("people.search"));
		this.search.setAriaLabel(getTranslation("people.search.label"));
		this.search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.addValueChangeListener((change) -> filter());
		this.search.addClassName("sw-grow");

		this.add.setText(getTranslation(addKey));
		this.add.setIcon(new Icon(VaadinIcon.PLUS));
		this.add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.add.addClickListener((click) -> open(null));

		this.importFile.add(new Icon(VaadinIcon.UPLOAD), new Span(getTranslation("people.import")));

		Div toolbar = new Div(this.search, this.importFile, this.add);
		toolbar.addClassName("sw-toolbar");

		this.grid.addColumn(PersonDetails::displayName)
			.setHeader(getTranslation("people.column.name"))
			.setSortable(true)
			.setFlexGrow(2);
		this.grid.addColumn(PersonDetails::email)
			.setHeader(getTranslation("people.column.email"))
			.setSortable(true)
			.setFlexGrow(2);
		this.grid.addColumn(this::roles).setHeader(getTranslation("people.column.roles")).setFlexGrow(2);
		this.grid.addColumn((person) -> (person.department() != null) ? person.department() : "")
			.setHeader(getTranslation("people.column.department"))
			.setSortable(true);
		this.grid.addColumn((person) -> (person.jobRole() != null) ? person.jobRole() : "")
			.setHeader(getTranslation("people.column.job-role"));
		this.grid.addComponentColumn(this::status)
			.setHeader(getTranslation("people.column.status"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAriaLabel(getTranslation("people.grid"));
		this.grid.addItemClickListener((click) -> open(click.getItem()));
		this.grid.setEmptyStateText(getTranslation("people.empty"));

		add(new H2(getTranslation(titleKey)), toolbar, this.grid);
		refresh();
	}

	private void open(PersonDetails person) {
		if (person != null && !this.assignable.containsAll(person.roles())) {
			Notices.noted(getTranslation("people.admin-only", person.displayName()));
			return;
		}
		PersonDialog dialog = new PersonDialog(this.people, person, (saved) -> refresh());
		dialog.open();
	}

	void refresh() {
		this.everyone = this.people.listPeople();
		filter();
	}

	private void filter() {
		String term = this.search.getValue().strip().toLowerCase(Locale.ROOT);
		this.grid.setItems(this.everyone.stream().filter((person) -> term.isEmpty() || matches(person, term)).toList());
	}

	private static boolean matches(PersonDetails person, String term) {
		return person.displayName().toLowerCase(Locale.ROOT).contains(term) || person.email().contains(term)
				|| (person.department() != null && person.department().toLowerCase(Locale.ROOT).contains(term))
				|| (person.employeeNumber() != null && person.employeeNumber().toLowerCase(Locale.ROOT).contains(term));
	}

	@Override
	public String getPageTitle() {
		return getTranslation(this.titleKey);
	}

	String roles(PersonDetails person) {
		return person.roles().stream().sorted().map(this::role).collect(Collectors.joining(", "));
	}

	/** A role's name in the page's language. */
	String role(Role role) {
		return getTranslation("role." + role.name().toLowerCase(Locale.ROOT));
	}

	private Span status(PersonDetails person) {
		Span status = new Span(getTranslation(person.enabled() ? "people.active" : "people.disabled"));
		status.addClassName(person.enabled() ? "sw-status-active" : "sw-status-disabled");
		return status;
	}

}
