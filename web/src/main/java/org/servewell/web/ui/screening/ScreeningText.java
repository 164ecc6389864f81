package org.servewell.web.ui.screening;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.servewell.hiring.CandidateStatus;
import org.servewell.hiring.Decision;
import org.servewell.hiring.Recommendation;
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
		Span badge = new Span();
		badge.setText(status(badge, status));
		badge.addClassNames("sw-candidate-status", "sw-candidate-" + status.name().toLowerCase(Locale.ROOT));
		return badge;
	}

	/** A candidate's status in the words of {@code on}'s page. */
	static String status(Component on, CandidateStatus status) {
		return on.getTranslation("hiring.status." + key(status));
	}

	/** A decision in the words of {@code on}'s page. */
	static String decisionName(Component on, Decision decision) {
		return on.getTranslation("hiring.decision." + key(decision));
	}

	/** The standing decision, or a dash before any. */
	static String decision(Component on, Decision decision) {
		return (decision != null) ? decisionName(on, decision) : NONE;
	}

	/** An interviewer's recommendation in the words of {@code on}'s page. */
	static String recommendation(Component on, Recommendation recommendation) {
		return on.getTranslation("interview.recommendation." + key(recommendation));
	}

	/** A constant's name as the end of a key: "STRONG_NO" is "strong-no". */
	private static String key(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** A link to a candidate's page. */
	static RouterLink candidateLink(String name, long candidateId) {
		return new RouterLink(name, CandidatePageView.class,
				new RouteParameters(CandidatePageView.CANDIDATE_ID, String.valueOf(candidateId)));
	}

	/** A rating mean to one decimal in the reader's language, or a dash. */
	static String mean(Double mean, Locale locale) {
		return (mean != null) ? decimal(mean, 1, locale) : NONE;
	}

	/** A weighted score to two decimals in the reader's language, or a dash. */
	static String score(Double score, Locale locale) {
		return (score != null) ? decimal(score, 2, locale) : NONE;
	}

	/**
	 * A figure with {@code places} decimals, rounded half up like
	 * {@link Formats#decimal}, with the reader's decimal mark: "3.50", "3,50".
	 */
	static String decimal(double value, int places, Locale locale) {
		return String.format(locale, "%." + places + "f", value);
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
