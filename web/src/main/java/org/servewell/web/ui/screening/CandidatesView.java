package org.servewell.web.ui.screening;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.hiring.CandidateStatus;
import org.servewell.hiring.CandidateSummary;
import org.servewell.hiring.CandidateService;
import org.servewell.people.Roles;
import org.servewell.web.ui.components.Formats;

/**
 * HR's list of candidates, newest first: find one by name, position or status, add one,
 * or go on to compare a position's candidates or to the interviewers' agreement.
 */
@Route("candidates")
@Menu(title = "Candidates", order = 45, icon = "vaadin:user-check")
@RolesAllowed(Roles.HR)
public class CandidatesView extends Main implements HasDynamicTitle {

	private final CandidateService candidates;

	final TextField search = new TextField(getTranslation("hiring.candidates.name"));

	final ComboBox<String> position = new ComboBox<>(getTranslation("hiring.candidates.position"));

	final Select<CandidateStatus> status = new Select<>();

	final Button add = new Button(getTranslation("hiring.candidates.add"), new Icon(VaadinIcon.PLUS));

	final Grid<CandidateSummary> grid = new Grid<>();

	private List<CandidateSummary> listed = List.of();

	CandidatesView(CandidateService candidates) {
		this.candidates = candidates;
		addClassNames("sw-page", "sw-fill");

		this.search.setPlaceholder(getTranslation("hiring.candidates.search"));
		this.search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.addValueChangeListener((change) -> filter());
		this.search.addClassName("sw-grow");
		this.position.setPlaceholder(getTranslation("hiring.candidates.any-position"));
		this.position.setClearButtonVisible(true);
		this.position.addValueChangeListener((change) -> refresh());
		this.status.setLabel(getTranslation("hiring.candidates.status"));
		this.status.setItems(CandidateStatus.values());
		this.status.setItemLabelGenerator((choice) -> (choice != null) ? ScreeningText.status(this, choice)
				: getTranslation("hiring.candidates.any-status"));
		this.status.setEmptySelectionAllowed(true);
		this.status.setEmptySelectionCaption(getTranslation("hiring.candidates.any-status"));
		this.status.addValueChangeListener((change) -> refresh());
		this.add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.add.addClickListener((click) -> new CandidateDialog(candidates, null, (saved) -> {
			String chosen = this.position.getValue();
			this.position.setItems(candidates.positions());
			this.position.setValue(chosen);
			refresh();
		}).open());
		Div toolbar = new Div(this.search, this.position, this.status, this.add);
		toolbar.addClassNames("sw-toolbar", "sw-toolbar-fields");
		Div links = new Div(new RouterLink(getTranslation("hiring.candidates.compare"), PositionComparisonView.class),
				new RouterLink(getTranslation("hiring.candidates.agreement"), AgreementView.class),
				new RouterLink(getTranslation("hiring.candidates.kits"), KitsView.class));
		links.addClassName("sw-toolbar");

		addColumns();

		add(new H2(getTranslation("hiring.candidates.title")), new Paragraph(getTranslation("hiring.candidates.intro")),
				toolbar, links, this.grid);
		this.position.setItems(candidates.positions());
		refresh();
	}

	private void addColumns() {
		this.grid.addComponentColumn((candidate) -> ScreeningText.candidateLink(candidate.fullName(), candidate.id()))
			.setHeader(getTranslation("hiring.candidates.name"))
			.setFlexGrow(2);
		this.grid.addColumn(CandidateSummary::position)
			.setHeader(getTranslation("hiring.candidates.position"))
			.setFlexGrow(2);
		this.grid.addComponentColumn((candidate) -> ScreeningText.statusBadge(candidate.status()))
			.setHeader(getTranslation("hiring.candidates.status"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((candidate) -> ScreeningText.decision(this, candidate.decision()))
			.setHeader(getTranslation("hiring.candidates.decision"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(this::scorecards)
			.setHeader(getTranslation("hiring.candidates.scorecards"))
			.setAutoWidth(true);
		this.grid.addColumn((candidate) -> Formats.when(candidate.createdAt(), getLocale()))
			.setHeader(getTranslation("hiring.candidates.added"))
			.setAutoWidth(true);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAriaLabel(getTranslation("hiring.candidates.title"));
		this.grid.setEmptyStateText(getTranslation("hiring.candidates.empty"));
	}

	void refresh() {
		this.listed = this.candidates.listCandidates(this.position.getValue(), this.status.getValue());
		filter();
	}

	private void filter() {
		String term = this.search.getValue().strip().toLowerCase(Locale.ROOT);
		this.grid.setItems(this.listed.stream()
			.filter((candidate) -> term.isEmpty() || candidate.fullName().toLowerCase(Locale.ROOT).contains(term))
			.toList());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("hiring.candidates.title");
	}

	/** Where a candidate's scorecards stand. */
	private String scorecards(CandidateSummary candidate) {
		if (candidate.interviewers() == 0) {
			return getTranslation("hiring.candidates.no-interviewers");
		}
		return getTranslation("hiring.candidates.scorecards-in", candidate.submitted(), candidate.interviewers());
	}

}
