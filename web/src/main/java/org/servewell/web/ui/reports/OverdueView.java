package org.servewell.web.ui.reports;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.people.Roles;
import org.servewell.reporting.OverdueChoices;
import org.servewell.reporting.OverdueFilter;
import org.servewell.reporting.OverdueService;
import org.servewell.web.ui.components.CsvDownload;

/**
 * Who is behind: open training that is overdue or due soon, with how many days, the
 * person's manager and the last reminder sent, filtered by due window, department and
 * manager, and downloadable as CSV with the same filters and order. Managers see their
 * own reports only, and the page says so. Reached from the reports page, so not in the
 * menu.
 */
@Route("reports/overdue")
@RolesAllowed({ Roles.TRAINER, Roles.MANAGER, Roles.HR, Roles.ADMIN })
@StyleSheet("styles/reports-overdue-traits.css")
public class OverdueView extends Main implements HasDynamicTitle {

	final OverdueFilterBar filters;

	final OverdueGrid grid;

	final Paragraph total = new Paragraph();

	final CsvDownload csv;

	private volatile OverdueFilter filter = OverdueFilter.overdueOnly();

	OverdueView(OverdueService overdue) {
		addClassName("sw-page");
		OverdueChoices choices = overdue.choices();
		this.grid = new OverdueGrid(overdue);
		this.filters = new OverdueFilterBar(choices, this.filter, (changed) -> show(overdue, changed));
		this.csv = new CsvDownload(getTranslation("reports.download-csv"), overdue::csvFileName,
				(out) -> overdue.writeCsv(this.filter, this.grid.order(), this.grid.descending(), out));
		this.total.addClassName("sw-report-total");
		Div actions = new Div(this.total, this.csv);
		actions.addClassName("sw-report-actions");
		String intro = choices.teamOnly() ? "reports.overdue.intro.team" : "reports.overdue.intro.everyone";
		add(new H2(getTranslation("reports.overdue.title")), new Paragraph(getTranslation(intro)), this.filters,
				actions, this.grid);
		show(overdue, this.filter);
	}

	private void show(OverdueService overdue, OverdueFilter changed) {
		this.filter = changed;
		int count = overdue.count(changed);
		this.total.setText(getTranslation("reports.overdue.total", count));
		this.grid.show(changed);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("reports.overdue.title");
	}

}
