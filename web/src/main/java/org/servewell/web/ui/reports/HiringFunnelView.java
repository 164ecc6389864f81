package org.servewell.web.ui.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.people.Roles;
import org.servewell.reporting.HiringFunnel;
import org.servewell.reporting.HiringFunnelService;
import org.servewell.reporting.InvalidReportFilterException;
import org.servewell.web.ui.components.CsvDownload;
import org.servewell.web.ui.components.DateFields;
import org.servewell.web.ui.components.Notices;

/**
 * The hiring funnel: per position, how many candidates added in a period were
 * interviewed, decided and hired, and how long a decision took. One position's funnel as
 * a chart, every position in a table, and the table as CSV. HR only, as candidates are.
 */
@Route("reports/funnel")
@PageTitle("Hiring funnel")
@RolesAllowed(Roles.HR)
public class HiringFunnelView extends Main {

	/** The period shown first: the last year, today included. */
	private static final int DEFAULT_MONTHS = 12;

	final DatePicker from = DateFields.datePicker("Added from");

	final DatePicker to = DateFields.datePicker("Added until");

	final ComboBox<String> position = new ComboBox<>("Position in the chart");

	final HiringFunnelChart chart = new HiringFunnelChart();

	final Grid<HiringFunnel.Position> positions = new Grid<>();

	private final HiringFunnelService funnels;

	private HiringFunnel funnel = new HiringFunnel(null, null, List.of());

	HiringFunnelView(HiringFunnelService funnels, Clock clock) {
		this.funnels = funnels;
		addClassNames("sw-page", "sw-hiring-funnel");
		LocalDate today = LocalDate.now(clock);
		this.from.setValue(today.minusMonths(DEFAULT_MONTHS));
		this.to.setValue(today);
		this.from.addValueChangeListener((event) -> load());
		this.to.addValueChangeListener((event) -> load());
		this.position.addValueChangeListener((event) -> showChart());
		this.position.setPlaceholder("Choose a position");

		figureColumnsOf(this.positions);
		this.positions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.positions.setAllRowsVisible(true);
		this.positions.setAriaLabel("Hiring funnel per position");
		this.positions.setEmptyStateText("No candidates were added in this period. Choose a wider period, or add "
				+ "candidates under Candidates.");
		this.positions.addItemClickListener((event) -> this.position.setValue(event.getItem().position()));

		FlexLayout filters = new FlexLayout(this.from, this.to, this.position);
		filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		filters.setAlignItems(FlexComponent.Alignment.BASELINE);
		filters.getStyle().set("gap", "var(--lumo-space-m)");

		add(new H2("Hiring funnel"),
				new Paragraph("How the candidates added in the period moved through hiring: how many were "
						+ "interviewed (an interviewer submitted a scorecard), decided (HR recorded a hire, reject or "
						+ "hold) and hired, and how many days passed from adding a candidate to the decision that "
						+ "stands. Candidates whose data was erased are not counted."),
				filters, this.chart, new H3("Every position"), this.positions,
				new CsvDownload("Download the table as CSV", funnels::csvFileName,
						(out) -> funnels.writeCsv(this.from.getValue(), this.to.getValue(), out)));
		load();
	}

	private void load() {
		try {
			this.funnel = this.funnels.funnel(this.from.getValue(), this.to.getValue());
		}
		catch (InvalidReportFilterException ex) {
			Notices.refused(ex);
			return;
		}
		List<String> names = this.funnel.positions().stream().map(HiringFunnel.Position::position).toList();
		String kept = this.position.getValue();
		this.position.setItems(names);
		this.positions.setItems(this.funnel.positions());
		this.position.setValue(names.contains(kept) ? kept : names.stream().findFirst().orElse(null));
		showChart();
	}

	private void showChart() {
		this.chart.show(chosen(), !this.funnel.positions().isEmpty());
	}

	private HiringFunnel.Position chosen() {
		String name = this.position.getValue();
		return (name != null) ? this.funnel.position(name).orElse(null) : null;
	}

	private static void figureColumnsOf(Grid<HiringFunnel.Position> grid) {
		grid.addColumn(HiringFunnel.Position::position).setHeader("Position").setFrozen(true).setFlexGrow(1);
		figure(grid, HiringFunnel.Position::candidates, "Added");
		figure(grid, HiringFunnel.Position::interviewed, "Interviewed");
		figure(grid, HiringFunnel.Position::decided, "Decided");
		figure(grid, HiringFunnel.Position::hired, "Hired");
		figure(grid, (row) -> HiringFunnelText.days(row.medianDaysToDecision()), "Median to decision");
		figure(grid, (row) -> HiringFunnelText.days(row.meanDaysToDecision()), "Mean to decision");
	}

	private static void figure(Grid<HiringFunnel.Position> grid, ValueProvider<HiringFunnel.Position, ?> value,
			String header) {
		grid.addColumn(value).setHeader(header).setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
	}

}
