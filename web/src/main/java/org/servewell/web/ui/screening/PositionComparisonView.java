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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Compare candidates")
@RolesAllowed(Roles.HR)
public class PositionComparisonView extends Main implements BeforeEnterObserver {

	static final String POSITION = "position";

	private final ScreeningReportService reports;

	final ComboBox<String> position = new ComboBox<>("Position");

	final Grid<PositionComparison.Row> grid = new Grid<>();

	PositionComparisonView(CandidateService candidates, ScreeningReportService reports) {
		this.reports = reports;
		addClassNames("sw-page", "sw-fill");
		this.position.setItems(candidates.positions());
		this.position.setPlaceholder("Choose a position");
		this.position.setWidth("min(24rem, 100%)");
		this.position.addValueChangeListener((change) -> {
			show(change.getValue());
			if (change.isFromClient()) {
				remember(change.getValue());
			}
		});
		this.grid.setAriaLabel("Candidates compared");
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setEmptyStateText("Choose a position to compare its candidates.");
		add(new RouterLink("All candidates", CandidatesView.class), new H2("Compare candidates for a position"),
				new Paragraph("Each trait shows the panel's mean rating; the weighted score weighs the traits as the "
						+ "kit does. Best weighted score first; candidates without a submitted scorecard last."),
				this.position, this.grid);
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
			.setHeader("Candidate")
			.setKey("candidate")
			.setAutoWidth(true)
			.setFrozen(true);
		for (PositionComparison.TraitColumn trait : comparison.traits()) {
			ScreeningText
				.addFigureColumn(this.grid, (row) -> ScreeningText.mean(row.traitMeans().get(trait.code())),
						trait.name())
				.setKey(trait.code());
		}
		ScreeningText.addFigureColumn(this.grid, (row) -> ScreeningText.score(row.weightedScore()), "Weighted score")
			.setKey("score");
		this.grid.addColumn(PositionComparisonView::threshold)
			.setHeader("Threshold")
			.setKey("threshold")
			.setAutoWidth(true);
		this.grid.addColumn(PositionComparisonView::disagreements)
			.setHeader("Disagreements")
			.setKey("disagreements")
			.setAutoWidth(true);
		this.grid.addColumn((row) -> row.inFavour() + " of " + row.submitted() + " in favour")
			.setHeader("Recommendations")
			.setKey("inFavour")
			.setAutoWidth(true);
		this.grid.addColumn(PositionComparisonView::standing).setHeader("Status").setKey("status").setAutoWidth(true);
		this.grid.setItems(comparison.rows());
		this.grid.setEmptyStateText("No candidates for " + chosen + ".");
	}

	static String threshold(PositionComparison.Row row) {
		if (row.weightedScore() == null) {
			return "Not rated yet";
		}
		return row.meetsThreshold() ? "Meets" : "Below";
	}

	static String disagreements(PositionComparison.Row row) {
		return switch (row.disagreements()) {
			case 0 -> "None";
			case 1 -> "1 trait";
			default -> row.disagreements() + " traits";
		};
	}

	static String standing(PositionComparison.Row row) {
		return (row.decision() != null) ? row.status().label() + ": " + row.decision().label() : row.status().label();
	}

}
