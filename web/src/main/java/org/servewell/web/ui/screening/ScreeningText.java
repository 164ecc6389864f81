package org.servewell.web.ui.screening;

import java.util.Locale;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.servewell.hiring.CandidateStatus;
import org.servewell.hiring.Decision;
import org.servewell.web.ui.components.Formats;

/**
 * How the screening screens word and format what the services return, so that a status, a
 * decision or a score reads the same on every screen.
 */
final class ScreeningText {

	/** Shown in a cell that has no value yet. */
	static final String NONE = "–";

	private ScreeningText() {
	}

	/**
	 * A candidate's status as a badge: the words carry it, the colour only repeats it.
	 */
	static Span statusBadge(CandidateStatus status) {
		Span badge = new Span(status.label());
		badge.addClassNames("sw-candidate-status", "sw-candidate-" + status.name().toLowerCase(Locale.ROOT));
		return badge;
	}

	/** The standing decision, or a dash before any. */
	static String decision(Decision decision) {
		return (decision != null) ? decision.label() : NONE;
	}

	/** A link to a candidate's page. */
	static RouterLink candidateLink(String name, long candidateId) {
		return new RouterLink(name, CandidatePageView.class,
				new RouteParameters(CandidatePageView.CANDIDATE_ID, String.valueOf(candidateId)));
	}

	/** A rating mean to one decimal, or a dash. */
	static String mean(Double mean) {
		return (mean != null) ? Formats.decimal(mean, 1) : NONE;
	}

	/** A weighted score to two decimals, or a dash. */
	static String score(Double score) {
		return (score != null) ? Formats.decimal(score, 2) : NONE;
	}

	/**
	 * Adds a column of figures: as wide as its content, leaving the room to the words,
	 * and right-aligned so that digits line up.
	 */
	static <T> Grid.Column<T> addFigureColumn(Grid<T> grid, ValueProvider<T, ?> value, String header) {
		return grid.addColumn(value)
			.setHeader(header)
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setTextAlign(ColumnTextAlign.END);
	}

}
