package org.servewell.web.ui.reports;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;

import org.servewell.reporting.CellState;
import org.servewell.reporting.ColumnTotals;
import org.servewell.reporting.MatrixCell;
import org.servewell.web.ui.components.Formats;

/**
 * How the completion matrix shows a cell and a column's totals: the state in words (a
 * colour helps, but never alone) and the date that matters, compactly enough for twenty
 * courses side by side.
 */
final class MatrixCells {

	private MatrixCells() {
	}

	/** A cell: its state as a label, and its date below. */
	static Span cell(Words words, MatrixCell cell) {
		Span state = new Span(state(words, cell.state()));
		state.addClassNames("sw-cell-state", "sw-cell-" + name(cell.state()));
		Span box = new Span(state);
		box.addClassName("sw-cell");
		if (cell.date() != null) {
			Span date = new Span(Formats.day(cell.date(), words.locale()));
			date.addClassName("sw-cell-date");
			box.add(date);
		}
		box.getElement().setAttribute("title", text(words, cell));
		return box;
	}

	/** A state in words, such as "Overdue". */
	static String state(Words words, CellState state) {
		return words.translate("reports.state." + name(state));
	}

	/** A cell in words, such as "Overdue, due 3 Dec 2026". */
	static String text(Words words, MatrixCell cell) {
		if (cell.date() == null) {
			return state(words, cell.state());
		}
		String when = switch (cell.state()) {
			case COMPLETE -> "reports.matrix.cell.completed";
			case EXPIRED -> "reports.matrix.cell.expired";
			default -> "reports.matrix.cell.due";
		};
		return words.translate(when, state(words, cell.state()), Formats.day(cell.date(), words.locale()));
	}

	/** A column's totals: complete of assigned, then overdue and expired when any. */
	static String totals(Words words, ColumnTotals totals) {
		StringBuilder text = new StringBuilder(
				words.translate("reports.matrix.totals.complete", totals.complete(), totals.assigned()));
		if (totals.overdue() > 0) {
			text.append(words.translate("reports.matrix.totals.overdue", totals.overdue()));
		}
		if (totals.expired() > 0) {
			text.append(words.translate("reports.matrix.totals.expired", totals.expired()));
		}
		return text.toString();
	}

	/** The count of {@code state} as a label that stands out when above nought. */
	static Span count(int value, CellState state) {
		Span span = new Span(String.valueOf(value));
		if (value > 0 && state == CellState.OVERDUE) {
			span.addClassName("sw-badge-overdue");
		}
		return span;
	}

	private static String name(CellState state) {
		return state.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
