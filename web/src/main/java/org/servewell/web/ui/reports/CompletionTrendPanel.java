package org.servewell.web.ui.reports;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

import org.servewell.reporting.CompletionTrendService.CompletionMonth;
import org.servewell.web.ui.components.SvgChart;

/**
 * Course completions per month over the last twelve months: a line chart, and the same
 * figures as a table for anyone who cannot see the chart or wants the exact numbers.
 */
final class CompletionTrendPanel extends Div {

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

	private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

	final NativeTable table = new NativeTable();

	CompletionTrendPanel(List<CompletionMonth> months) {
		addClassName("sw-trend");
		int total = months.stream().mapToInt(CompletionMonth::completions).sum();
		if (total == 0) {
			add(new Paragraph("No one you can see has completed a course in the last 12 months."));
			return;
		}
		CompletionMonth best = months.stream()
			.max(java.util.Comparator.comparingInt(CompletionMonth::completions))
			.orElseThrow();
		String description = "Line chart of course completions per month from " + LONG.format(months.getFirst().month())
				+ " to " + LONG.format(months.getLast().month()) + ": " + total + " in all, most in "
				+ LONG.format(best.month()) + " (" + best.completions() + "). The table below gives each month.";
		add(SvgChart.line(description, "Completions",
				months.stream()
					.map((month) -> new SvgChart.Value(SHORT.format(month.month()), month.completions()))
					.toList()));
		this.table.setCaptionText("Course completions per month");
		NativeTableRow head = this.table.getHead().addRow();
		head.addHeaderCell().setText("Month");
		head.addHeaderCell().setText("Completions");
		for (CompletionMonth month : months) {
			NativeTableRow row = this.table.getBody().addRow();
			row.addHeaderCell().setText(LONG.format(month.month()));
			row.addDataCell().setText(String.valueOf(month.completions()));
		}
		this.table.addClassName("sw-trend-table");
		add(this.table);
	}

}
