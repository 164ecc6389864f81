package org.servewell.web.ui.reports;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import org.servewell.reporting.OverdueFilter;
import org.servewell.reporting.OverdueOrder;
import org.servewell.reporting.OverdueRow;
import org.servewell.reporting.OverdueService;
import org.servewell.web.ui.components.Formats;

/**
 * The overdue list: a page of rows at a time, sorted and counted by the service, most
 * overdue first unless the user sorts otherwise. On a phone the department, manager and
 * reminder columns hide and their values show under the name and the course instead.
 */
final class OverdueGrid extends Grid<OverdueRow> {

	private static final int PAGE_SIZE = 50;

	/** Below this width (CSS pixels) the grid keeps three columns. */
	private static final int NARROW = 640;

	private final OverdueService overdue;

	private final Column<OverdueRow> department;

	private final Column<OverdueRow> manager;

	private final Column<OverdueRow> reminder;

	private volatile OverdueOrder order = OverdueOrder.DUE_DATE;

	private volatile boolean descending;

	private final Words words = Words.of(this);

	OverdueGrid(OverdueService overdue) {
		this.overdue = overdue;
		addComponentColumn(this::person).setHeader(getTranslation("reports.overdue.person"))
			.setSortable(true)
			.setSortProperty(OverdueOrder.NAME.name())
			.setFlexGrow(2);
		this.department = addColumn((row) -> (row.department() != null) ? row.department() : "")
			.setHeader(getTranslation("reports.overdue.department"))
			.setSortable(true)
			.setSortProperty(OverdueOrder.DEPARTMENT.name());
		addComponentColumn(this::course).setHeader(getTranslation("reports.overdue.course")).setFlexGrow(2);
		Column<OverdueRow> due = addComponentColumn(this::standing).setHeader(getTranslation("reports.overdue.due"))
			.setSortable(true)
			.setSortProperty(OverdueOrder.DUE_DATE.name());
		this.manager = addColumn((row) -> (row.managerName() != null) ? row.managerName() : "")
			.setHeader(getTranslation("reports.overdue.manager"))
			.setSortable(true)
			.setSortProperty(OverdueOrder.MANAGER.name());
		this.reminder = addColumn((row) -> lastReminder(this.words, row))
			.setHeader(getTranslation("reports.overdue.reminder"));
		addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		addClassName("sw-overdue-grid");
		setPageSize(PAGE_SIZE);
		setAriaLabel(getTranslation("reports.overdue.label"));
		setEmptyStateText(getTranslation("reports.overdue.empty"));
		sort(List.of(new GridSortOrder<>(due, SortDirection.ASCENDING)));
		addAttachListener((attach) -> {
			attach.getUI().getPage().retrieveExtendedClientDetails((details) -> fit(details.getWindowInnerWidth()));
			attach.getUI().getPage().addBrowserWindowResizeListener((resize) -> fit(resize.getWidth()));
		});
	}

	/** Shows the rows the filter finds, fetched a page at a time. */
	void show(OverdueFilter filter) {
		setItems((query) -> {
			QuerySortOrder sort = query.getSortOrders().isEmpty() ? null : query.getSortOrders().get(0);
			this.order = (sort != null) ? OverdueOrder.valueOf(sort.getSorted()) : OverdueOrder.DUE_DATE;
			this.descending = sort != null && sort.getDirection() == SortDirection.DESCENDING;
			return this.overdue.page(filter, this.order, this.descending, query.getOffset(), query.getLimit()).stream();
		}, (query) -> this.overdue.count(filter));
	}

	/** The order the rows are shown in, for the CSV. */
	OverdueOrder order() {
		return this.order;
	}

	/** Whether the rows are shown in reverse order, for the CSV. */
	boolean descending() {
		return this.descending;
	}

	private void fit(int width) {
		boolean wide = width >= NARROW;
		this.department.setVisible(wide);
		this.manager.setVisible(wide);
		this.reminder.setVisible(wide);
	}

	private Div person(OverdueRow row) {
		Div cell = new Div(new Span(row.personName()));
		cell.addClassName("sw-overdue-cell");
		String detail = String.join(" · ",
				java.util.stream.Stream
					.of(row.department(),
							(row.managerName() != null)
									? getTranslation("reports.overdue.person.manager", row.managerName()) : null)
					.filter(java.util.Objects::nonNull)
					.toList());
		if (!detail.isEmpty()) {
			cell.add(narrowOnly(detail));
		}
		return cell;
	}

	private Div course(OverdueRow row) {
		Div cell = new Div(new Span(row.courseTitle()));
		cell.addClassName("sw-overdue-cell");
		cell.add(narrowOnly(getTranslation("reports.overdue.course.reminder", lastReminder(this.words, row))));
		return cell;
	}

	private Div standing(OverdueRow row) {
		Span badge = new Span(days(this.words, row));
		badge.addClassName(row.overdue() ? "sw-badge-overdue" : "sw-status-neutral");
		Div cell = new Div(badge, new Span(Formats.day(row.dueDate(), getLocale())));
		cell.addClassName("sw-overdue-cell");
		return cell;
	}

	static String days(Words words, OverdueRow row) {
		int days = row.daysOverdue();
		if (days == 0) {
			return words.translate("reports.overdue.due-today");
		}
		return words.translate((days > 0) ? "reports.overdue.days-overdue" : "reports.overdue.days-left",
				Math.abs(days));
	}

	static String lastReminder(Words words, OverdueRow row) {
		if (row.lastReminder() == null) {
			return words.translate("reports.overdue.reminder.none");
		}
		String kind = switch (row.lastReminder().kind()) {
			case "DUE_SOON" -> words.translate("reports.overdue.reminder.due-soon");
			case "DUE_TODAY" -> words.translate("reports.overdue.due-today");
			case "OVERDUE" -> words.translate("reports.overdue.reminder.overdue");
			default -> row.lastReminder().kind();
		};
		return words.translate("reports.overdue.reminder.sent", kind,
				Formats.when(row.lastReminder().sentAt(), words.locale()));
	}

	private static Span narrowOnly(String text) {
		Span span = new Span(text);
		span.addClassName("sw-narrow-only");
		return span;
	}

}
