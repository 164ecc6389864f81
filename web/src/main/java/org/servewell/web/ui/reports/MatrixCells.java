package org.servewell.web.ui.reports;

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
	static Span cell(MatrixCell cell) {
		Span state = new Span(cell.state().label());
		state.addClassNames("sw-cell-state", "sw-cell-" + cell.state().name().toLowerCase().replace('_', '-'));
		Span box = new Span(state);
		box.addClassName("sw-cell");
		if (cell.date() != null) {
			Span date = new Span(Formats.DAY.format(cell.date()));
			date.addClassName("sw-cell-date");
			box.add(date);
		}
		box.getElement().setAttribute("title", text(cell));
		return box;
	}

	/** A cell in words, such as "Overdue, due 3 Dec 2026". */
	static String text(MatrixCell cell) {
		if (cell.date() == null) {
			return cell.state().label();
		}
		String when = switch (cell.state()) {
			case COMPLETE -> "completed ";
			case EXPIRED -> "expired ";
			default -> "due ";
		};
		return cell.state().label() + ", " + when + Formats.DAY.format(cell.date());
	}

	/** A column's totals: complete of assigned, then overdue and expired when any. */
	static String totals(ColumnTotals totals) {
		StringBuilder text = new StringBuilder(totals.complete() + " of " + totals.assigned() + " complete");
		if (totals.overdue() > 0) {
			text.append(" · ").append(totals.overdue()).append(" overdue");
		}
		if (totals.expired() > 0) {
			text.append(" · ").append(totals.expired()).append(" expired");
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

}
