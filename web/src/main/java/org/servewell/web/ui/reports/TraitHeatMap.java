package org.servewell.web.ui.reports;

import java.util.Locale;

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

		WEAK(0, "sw-heat-weak"),

		FAIR(50, "sw-heat-fair"),

		GOOD(70, "sw-heat-good"),

		STRONG(85, "sw-heat-strong");

		final int from;

		final String className;

		Band(int from, String className) {
			this.from = from;
			this.className = className;
		}

		/** The legend's words for the band, such as "50 to 69 %". */
		String label(Words words) {
			return words.translate("reports.traits.band." + name().toLowerCase(Locale.ROOT));
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

	private final Words words;

	TraitHeatMap(Words words, TraitResults results) {
		this.words = words;
		addClassName("sw-heat-map");
		this.table.setCaptionText(words.translate("reports.traits.caption"));
		NativeTableRow head = this.table.getHead().addRow();
		head.addHeaderCell().setText(words.translate("reports.traits.team"));
		results.traits().forEach((trait) -> {
			NativeTableHeaderCell cell = head.addHeaderCell();
			cell.setText(trait.name());
			cell.getElement().setAttribute("scope", "col");
		});
		for (Team team : results.teams()) {
			addRow(this.table.getBody().addRow(),
					(team.department() != null) ? team.department() : words.translate("reports.traits.no-department"),
					team);
		}
		addRow(this.table.getFoot().addRow(),
				words.translate(results.teamOnly() ? "reports.traits.total.team" : "reports.traits.total.everyone"),
				results.total());
		Div scroll = new Div(this.table);
		scroll.addClassName("sw-heat-map-scroll");
		// The box scrolls, so it takes keyboard focus and has a name (WCAG 2.1.1).
		scroll.getElement().setAttribute("tabindex", "0");
		scroll.getElement().setAttribute("role", "region");
		scroll.getElement().setAttribute("aria-label", words.translate("reports.traits.scroll"));
		add(scroll, legend());
	}

	private void addRow(NativeTableRow row, String teamName, Team team) {
		NativeTableHeaderCell name = row.addHeaderCell();
		name.setText(teamName);
		name.getElement().setAttribute("scope", "row");
		for (Cell cell : team.cells()) {
			fill(row.addDataCell(), cell);
		}
	}

	private void fill(NativeTableCell td, Cell cell) {
		Integer percent = cell.percent();
		if (percent == null) {
			td.add(new Span("–"), small(this.words.translate("reports.traits.no-answers")));
			td.addClassName("sw-heat-none");
			return;
		}
		Span value = new Span(this.words.translate("reports.traits.percent", percent));
		value.addClassName("sw-heat-value");
		td.add(value, small(this.words.translate("reports.traits.answers", cell.answers())),
				small(this.words.translate("reports.traits.people", cell.people())));
		td.addClassName(Band.of(percent).className);
	}

	private static Span small(String text) {
		Span span = new Span(text);
		span.addClassName("sw-heat-detail");
		return span;
	}

	private Div legend() {
		Div legend = new Div();
		legend.addClassName("sw-heat-legend");
		legend.add(new Span(this.words.translate("reports.traits.colours")));
		for (Band band : Band.values()) {
			Span key = new Span(band.label(this.words));
			key.addClassNames("sw-heat-key", band.className);
			legend.add(key);
		}
		return legend;
	}

}
