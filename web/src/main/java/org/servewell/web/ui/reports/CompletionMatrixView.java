package org.servewell.web.ui.reports;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.people.Roles;
import org.servewell.reporting.CompletionMatrixService;
import org.servewell.reporting.InvalidReportFilterException;
import org.servewell.reporting.MatrixChoices;
import org.servewell.reporting.MatrixCourse;
import org.servewell.reporting.MatrixFilter;
import org.servewell.reporting.MatrixSummary;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Background;
import org.servewell.web.ui.components.CsvDownload;

/**
 * The completion matrix: who has done which course, people by courses, with filters,
 * totals per person and per course, and the filtered matrix as a CSV file. The first page
 * of rows shows at once; the number of people and the totals per course follow when
 * counted ({@link Background}). Managers see their own reports only, and the page says
 * so. Reached from the Reports page (no menu entry of its own).
 */
@Route("reports/matrix")
@RolesAllowed({ Roles.TRAINER, Roles.MANAGER, Roles.HR, Roles.ADMIN })
public class CompletionMatrixView extends Main implements HasDynamicTitle {

	final MatrixFilterBar filters;

	final Span people = new Span();

	final CsvDownload download;

	final Div table = new Div();

	MatrixGrid grid;

	private final CompletionMatrixService matrix;

	private final Background background;

	/** The filter on screen, which the CSV download reads when followed. */
	private volatile MatrixFilter filter = MatrixFilter.none();

	CompletionMatrixView(CompletionMatrixService matrix, Background background) {
		this.matrix = matrix;
		this.background = background;
		addClassNames("sw-page", "sw-matrix-page");
		MatrixChoices choices = matrix.choices();
		this.filters = new MatrixFilterBar(choices, this::show);
		this.download = new CsvDownload(getTranslation("reports.download-csv"), matrix::csvFileName,
				(out) -> matrix.writeCsv(this.filter, out));
		this.table.addClassName("sw-matrix-table");
		Div summaryBar = new Div(this.people, this.download);
		summaryBar.addClassName("sw-toolbar");
		String intro = choices.teamOnly() ? "reports.matrix.intro.team" : "reports.matrix.intro.everyone";
		add(new H2(getTranslation("reports.matrix.title")), new Paragraph(getTranslation(intro)), this.filters,
				summaryBar, this.table);
		show(MatrixFilter.none());
	}

	private void show(MatrixFilter next) {
		List<MatrixCourse> columns;
		try {
			columns = this.matrix.columns(next);
		}
		catch (InvalidReportFilterException ex) {
			this.filters.dueWindowProblem(ErrorReporting.refused(ex));
			return;
		}
		this.filter = next;
		MatrixGrid shown = new MatrixGrid(columns,
				(order, descending, offset, limit) -> this.matrix.page(next, order, descending, offset, limit));
		this.grid = shown;
		this.table.removeAll();
		this.table.add(shown);
		this.download.setVisible(false);
		this.people.setText(getTranslation("reports.matrix.counting.summary"));
		this.background.load(UI.getCurrent(), () -> this.matrix.summary(next), (summary) -> summarised(shown, summary),
				(ex) -> failed(shown, ex));
	}

	/** The summary for the matrix on screen, unless another filter replaced it. */
	private void summarised(MatrixGrid shown, MatrixSummary summary) {
		if (shown != this.grid) {
			return;
		}
		shown.summarise(summary);
		this.download.setVisible(summary.people() > 0);
		this.people.setText((summary.people() == 0) ? getTranslation("reports.matrix.none")
				: getTranslation("reports.matrix.summary", summary.people(), summary.courses().size()));
	}

	private void failed(MatrixGrid shown, RuntimeException ex) {
		if (shown == this.grid) {
			this.people.setText(getTranslation("reports.matrix.failed", ErrorReporting.report(ex)));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("reports.matrix.title");
	}

}
