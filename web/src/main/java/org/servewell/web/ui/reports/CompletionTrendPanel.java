package org.servewell.web.ui.reports;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

import org.servewell.reporting.CompletionTrendService.CompletionMonth;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.SvgChart;

/**
 * Course completions per month over the last twelve months: a line chart, and the same
 * figures as a table for anyone who cannot see the chart or wants the exact numbers.
 */
final class CompletionTrendPanel extends Div {

	final NativeTable table = new NativeTable();

	CompletionTrendPanel(Words words, List<CompletionMonth> months) {
		addClassName("sw-trend");
		DateTimeFormatter shortMonth = DateTimeFormatter.ofPattern("MMM", words.locale());
		DateTimeFormatter longMonth = DateTimeFormatter.ofPattern("MMMM yyyy", words.locale());
		int total = months.stream().mapToInt(CompletionMonth::completions).sum();
		if (total == 0) {
			add(new Paragraph(words.translate("reports.trend.none", 12)));
			return;
		}
		CompletionMonth best = months.stream()
			.max(java.util.Comparator.comparingInt(CompletionMonth::completions))
			.orElseThrow();
		String description = words.translate("reports.trend.description", longMonth.format(months.getFirst().month()),
				longMonth.format(months.getLast().month()), total,
				words.translate("reports.trend.best", longMonth.format(best.month()), best.completions()));
		add(SvgChart.line(description, words.translate("reports.trend.completions"),
				months.stream()
					.map((month) -> new SvgChart.Value(shortMonth.format(month.month()), month.completions()))
					.toList()));
		this.table.setCaptionText(words.translate("reports.trend.caption"));
		NativeTableRow head = this.table.getHead().addRow();
		head.addHeaderCell().setText(words.translate("reports.trend.month"));
		head.addHeaderCell().setText(words.translate("reports.trend.completions"));
		for (CompletionMonth month : months) {
			NativeTableRow row = this.table.getBody().addRow();
			row.addHeaderCell().setText(longMonth.format(month.month()));
			row.addDataCell().setText(Formats.count(month.completions(), words.locale()));
		}
		this.table.addClassName("sw-trend-table");
		add(this.table);
	}

}
