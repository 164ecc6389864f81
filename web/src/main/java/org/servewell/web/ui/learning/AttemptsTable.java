package org.servewell.web.ui.learning;

import java.util.List;
import java.util.function.BiFunction;

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

	/**
	 * A column: its header's key, and what a row shows in it in the table's language.
	 */
	private record Column(String header, BiFunction<AttemptSummary, AttemptsTable, String> value) {
	}

	private static final List<Column> COLUMNS = List.of(
			new Column("attempts.attempt", (row, table) -> String.valueOf(row.attemptNumber())),
			new Column("attempts.started", (row, table) -> Formats.when(row.startedAt(), table.getLocale())),
			new Column("attempts.submitted",
					(row, table) -> (row.submittedAt() != null) ? Formats.when(row.submittedAt(), table.getLocale())
							: table.getTranslation("attempts.in-progress")),
			new Column("attempts.score",
					(row, table) -> (row.scorePercent() != null)
							? Formats.percent(row.scorePercent(), table.getLocale()) : ""),
			new Column("attempts.result",
					(row, table) -> (row.passed() == null) ? ""
							: table.getTranslation(row.passed() ? "attempts.passed" : "attempts.not-passed")),
			new Column("attempts.version", (row, table) -> table.getTranslation("attempts.version.value",
					String.valueOf(row.versionNumber()))));

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
			cell.setText(getTranslation(column.header()));
			cell.getElement().setAttribute("role", "columnheader");
		}
		for (AttemptSummary attempt : attempts) {
			NativeTableRow row = getBody().addRow();
			row.getElement().setAttribute("role", "row");
			for (Column column : COLUMNS) {
				NativeTableCell cell = row.addDataCell();
				cell.setText(column.value().apply(attempt, this));
				cell.getElement().setAttribute("role", "cell");
				cell.getElement().setAttribute("data-label", getTranslation(column.header()));
			}
		}
	}

}
