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
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed(Roles.HR)
public class HiringFunnelView extends Main implements HasDynamicTitle {

	/** The period shown first: the last year, today included. */
	private static final int DEFAULT_MONTHS = 12;

	final DatePicker from = DateFields.datePicker(getTranslation("reports.funnel.from"));

	final DatePicker to = DateFields.datePicker(getTranslation("reports.funnel.to"));

	final ComboBox<String> position = new ComboBox<>(getTranslation("reports.funnel.position"));

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
		this.position.setPlaceholder(getTranslation("reports.funnel.position.choose"));

		figureColumns();
		this.positions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.positions.setAllRowsVisible(true);
		this.positions.setAriaLabel(getTranslation("reports.funnel.table.label"));
		this.positions.setEmptyStateText(getTranslation("reports.funnel.table.empty"));
		this.positions.addItemClickListener((event) -> this.position.setValue(event.getItem().position()));

		FlexLayout filters = new FlexLayout(this.from, this.to, this.position);
		filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		filters.setAlignItems(FlexComponent.Alignment.BASELINE);
		filters.getStyle().set("gap", "var(--lumo-space-m)");

		add(new H2(getTranslation("reports.funnel.title")), new Paragraph(getTranslation("reports.funnel.intro")),
				filters, this.chart, new H3(getTranslation("reports.funnel.table")), this.positions,
				new CsvDownload(getTranslation("reports.funnel.csv"), funnels::csvFileName,
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

	private void figureColumns() {
		Words words = Words.of(this);
		this.positions.addColumn(HiringFunnel.Position::position)
			.setHeader(getTranslation("reports.funnel.table.position"))
			.setFrozen(true)
			.setFlexGrow(1);
		figure(HiringFunnel.Position::candidates, "reports.funnel.added");
		figure(HiringFunnel.Position::interviewed, "reports.funnel.interviewed");
		figure(HiringFunnel.Position::decided, "reports.funnel.decided");
		figure(HiringFunnel.Position::hired, "reports.funnel.hired");
		figure((row) -> HiringFunnelText.days(words, row.medianDaysToDecision()), "reports.funnel.median");
		figure((row) -> HiringFunnelText.days(words, row.meanDaysToDecision()), "reports.funnel.mean");
	}

	private void figure(ValueProvider<HiringFunnel.Position, ?> value, String headerKey) {
		this.positions.addColumn(value)
			.setHeader(getTranslation(headerKey))
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setTextAlign(ColumnTextAlign.END);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("reports.funnel.title");
	}

}
