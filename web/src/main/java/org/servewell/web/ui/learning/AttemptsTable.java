package org.servewell.web.ui.learning;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;

import org.servewell.learning.AttemptSummary;
import org.servewell.web.ui.components.Formats;

/**
 * A learner's attempts at one quiz, as a plain table. On a narrow screen each attempt
 * becomes a small card of labelled values (see {@code .sw-attempts} in servewell.css):
 * six columns do not fit a phone, and a table that scrolls sideways hides the score.
 */
class AttemptsTable extends NativeTable {

	private record Column(String header, Function<AttemptSummary, String> value) {
	}

	private static final List<Column> COLUMNS = List.of(
			new Column("Attempt", (row) -> String.valueOf(row.attemptNumber())),
			new Column("Started", (row) -> Formats.WHEN.format(row.startedAt())),
			new Column("Submitted",
					(row) -> (row.submittedAt() != null) ? Formats.WHEN.format(row.submittedAt()) : "In progress"),
			new Column("Score", (row) -> (row.scorePercent() != null) ? row.scorePercent() + "%" : ""),
			new Column("Result", (row) -> (row.passed() == null) ? "" : row.passed() ? "Passed" : "Not passed"),
			new Column("Course version", (row) -> "v" + row.versionNumber()));

	AttemptsTable(List<AttemptSummary> attempts, String label) {
		addClassName("sw-attempts");
		// The narrow layout changes how rows display; explicit roles keep them a table
		// for screen readers.
		getElement().setAttribute("role", "table");
		getElement().setAttribute("aria-label", label);
		NativeTableRow head = getHead().addRow();
		head.getElement().setAttribute("role", "row");
		for (Column column : COLUMNS) {
			var cell = head.addHeaderCell();
			cell.setText(column.header());
			cell.getElement().setAttribute("role", "columnheader");
		}
		for (AttemptSummary attempt : attempts) {
			NativeTableRow row = getBody().addRow();
			row.getElement().setAttribute("role", "row");
			for (Column column : COLUMNS) {
				NativeTableCell cell = row.addDataCell();
				cell.setText(column.value().apply(attempt));
				cell.getElement().setAttribute("role", "cell");
				cell.getElement().setAttribute("data-label", column.header());
			}
		}
	}

}
