package org.servewell.web.ui.screening;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.hiring.PositionComparison;
import org.servewell.hiring.CandidateService;
import org.servewell.hiring.ScreeningReportService;
import org.servewell.people.Roles;

/**
 * The candidates for one position side by side, best weighted score first: each trait's
 * mean, the score against the kit's threshold, how many traits the panel disagrees on and
 * how many interviewers are in favour.
 */
@Route("candidates/compare")
@RolesAllowed(Roles.HR)
public class PositionComparisonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final String POSITION = "position";

	private final ScreeningReportService reports;

	final ComboBox<String> position = new ComboBox<>(getTranslation("hiring.compare.position"));

	final Grid<PositionComparison.Row> grid = new Grid<>();

	PositionComparisonView(CandidateService candidates, ScreeningReportService reports) {
		this.reports = reports;
		addClassNames("sw-page", "sw-fill");
		this.position.setItems(candidates.positions());
		this.position.setPlaceholder(getTranslation("hiring.compare.choose"));
		this.position.setWidth("min(24rem, 100%)");
		this.position.addValueChangeListener((change) -> {
			show(change.getValue());
			if (change.isFromClient()) {
				remember(change.getValue());
			}
		});
		this.grid.setAriaLabel(getTranslation("hiring.compare.grid"));
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setEmptyStateText(getTranslation("hiring.compare.empty"));
		add(new RouterLink(getTranslation("hiring.candidate.all"), CandidatesView.class),
				new H2(getTranslation("hiring.compare.heading")), new Paragraph(getTranslation("hiring.compare.intro")),
				this.position, this.grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("hiring.compare.title");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.getLocation()
			.getQueryParameters()
			.getSingleParameter(POSITION)
			.filter((given) -> !given.isBlank())
			.ifPresent(this.position::setValue);
	}

	private static void remember(String chosen) {
		String path = RouteConfiguration.forSessionScope().getUrl(PositionComparisonView.class);
		QueryParameters query = (chosen != null) ? QueryParameters.of(POSITION, chosen) : QueryParameters.empty();
		UI.getCurrent().getPage().getHistory().replaceState(null, new Location(path, query));
	}

	void show(String chosen) {
		this.grid.removeAllColumns();
		if (chosen == null || chosen.isBlank()) {
			this.grid.setItems();
			return;
		}
		PositionComparison comparison = this.reports.compare(chosen);
		this.grid.addComponentColumn((row) -> ScreeningText.candidateLink(row.name(), row.candidateId()))
			.setHeader(getTranslation("hiring.compare.candidate"))
			.setKey("candidate")
			.setAutoWidth(true)
			.setFrozen(true);
		for (PositionComparison.TraitColumn trait : comparison.traits()) {
			ScreeningText
				.addFigureColumn(this.grid,
						(row) -> ScreeningText.mean(row.traitMeans().get(trait.code()), getLocale()), trait.name())
				.setKey(trait.code());
		}
		ScreeningText
			.addFigureColumn(this.grid, (row) -> ScreeningText.score(row.weightedScore(), getLocale()),
					getTranslation("hiring.compare.score"))
			.setKey("score");
		this.grid.addColumn(this::threshold)
			.setHeader(getTranslation("hiring.compare.threshold"))
			.setKey("threshold")
			.setAutoWidth(true);
		this.grid.addColumn((row) -> getTranslation("hiring.compare.disagreements.value", row.disagreements()))
			.setHeader(getTranslation("hiring.compare.disagreements"))
			.setKey("disagreements")
			.setAutoWidth(true);
		this.grid.addColumn((row) -> getTranslation("hiring.compare.in-favour", row.inFavour(), row.submitted()))
			.setHeader(getTranslation("hiring.compare.recommendations"))
			.setKey("inFavour")
			.setAutoWidth(true);
		this.grid.addColumn(this::standing)
			.setHeader(getTranslation("hiring.compare.status"))
			.setKey("status")
			.setAutoWidth(true);
		this.grid.setItems(comparison.rows());
		this.grid.setEmptyStateText(getTranslation("hiring.compare.none", chosen));
	}

	private String threshold(PositionComparison.Row row) {
		if (row.weightedScore() == null) {
			return getTranslation("hiring.compare.not-rated");
		}
		return getTranslation(row.meetsThreshold() ? "hiring.compare.meets" : "hiring.compare.below");
	}

	private String standing(PositionComparison.Row row) {
		String status = ScreeningText.status(this, row.status());
		return (row.decision() != null)
				? getTranslation("hiring.compare.standing", status, ScreeningText.decisionName(this, row.decision()))
				: status;
	}

}
