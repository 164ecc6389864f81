package org.servewell.web.ui.reports;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;

import org.servewell.reporting.TraitResults;
import org.servewell.reporting.TraitResults.Cell;
import org.servewell.reporting.TraitResults.Team;

/**
 * Results by service trait as a heat map: an HTML table of teams by traits whose cells
 * hold the mean credit, the number of answers and of people, coloured by band. The colour
 * only repeats what the number says (and the legend names the bands); the text is dark on
 * light backgrounds, above 7:1 contrast. The table scrolls sideways inside its own box on
 * a narrow screen, the team column staying in place.
 */
final class TraitHeatMap extends Div {

	/** The colour bands, from the lowest: what a cell's class and the legend say. */
	enum Band {

		WEAK(0, "sw-heat-weak", "Below 50 %"),

		FAIR(50, "sw-heat-fair", "50 to 69 %"),

		GOOD(70, "sw-heat-good", "70 to 84 %"),

		STRONG(85, "sw-heat-strong", "85 % and above");

		final int from;

		final String className;

		final String label;

		Band(int from, String className, String label) {
			this.from = from;
			this.className = className;
			this.label = label;
		}

		static Band of(int percent) {
			Band band = WEAK;
			for (Band candidate : values()) {
				if (percent >= candidate.from) {
					band = candidate;
				}
			}
			return band;
		}

	}

	final NativeTable table = new NativeTable();

	TraitHeatMap(TraitResults results) {
		addClassName("sw-heat-map");
		this.table.setCaptionText("Mean credit per team and service trait");
		NativeTableRow head = this.table.getHead().addRow();
		head.addHeaderCell().setText("Team");
		results.traits().forEach((trait) -> {
			NativeTableHeaderCell cell = head.addHeaderCell();
			cell.setText(trait.name());
			cell.getElement().setAttribute("scope", "col");
		});
		for (Team team : results.teams()) {
			addRow(this.table.getBody().addRow(), (team.department() != null) ? team.department() : "No department",
					team);
		}
		addRow(this.table.getFoot().addRow(), results.teamOnly() ? "Your team" : "Everyone in view", results.total());
		Div scroll = new Div(this.table);
		scroll.addClassName("sw-heat-map-scroll");
		// The box scrolls, so it takes keyboard focus and has a name (WCAG 2.1.1).
		scroll.getElement().setAttribute("tabindex", "0");
		scroll.getElement().setAttribute("role", "region");
		scroll.getElement().setAttribute("aria-label", "Results by service trait, scrolls sideways");
		add(scroll, legend());
	}

	private static void addRow(NativeTableRow row, String teamName, Team team) {
		NativeTableHeaderCell name = row.addHeaderCell();
		name.setText(teamName);
		name.getElement().setAttribute("scope", "row");
		for (Cell cell : team.cells()) {
			fill(row.addDataCell(), cell);
		}
	}

	private static void fill(NativeTableCell td, Cell cell) {
		Integer percent = cell.percent();
		if (percent == null) {
			td.add(new Span("–"), small("no answers"));
			td.addClassName("sw-heat-none");
			return;
		}
		Span value = new Span(percent + " %");
		value.addClassName("sw-heat-value");
		td.add(value, small("n = " + cell.answers()), small(people(cell.people())));
		td.addClassName(Band.of(percent).className);
	}

	static String people(long count) {
		return (count == 1) ? "1 person" : count + " people";
	}

	private static Span small(String text) {
		Span span = new Span(text);
		span.addClassName("sw-heat-detail");
		return span;
	}

	private static Div legend() {
		Div legend = new Div();
		legend.addClassName("sw-heat-legend");
		legend.add(new Span("Colours:"));
		for (Band band : Band.values()) {
			Span key = new Span(band.label);
			key.addClassNames("sw-heat-key", band.className);
			legend.add(key);
		}
		return legend;
	}

}
