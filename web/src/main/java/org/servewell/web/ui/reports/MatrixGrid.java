package org.servewell.web.ui.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import org.servewell.reporting.CellState;
import org.servewell.reporting.MatrixCourse;
import org.servewell.reporting.MatrixOrder;
import org.servewell.reporting.MatrixRow;
import org.servewell.reporting.MatrixSummary;

/**
 * The matrix itself: a row per person with their totals, a column per course, the
 * courses' totals in the footer. Rows are asked for a page at a time, sorted by the
 * service, from the start: the grid scrolls on without knowing how many there are until
 * the summary (the number of people and the totals, counted once per filter, slowly on a
 * large audience) arrives, which also hides the columns no one shown is assigned. Made
 * anew whenever the filter changes, since the columns may change with it.
 */
class MatrixGrid extends Grid<MatrixRow> {

	static final int PAGE_SIZE = 50;

	/** Up to this many rows, the grid is as tall as its rows. */
	static final int FEW = 12;

	final Grid.Column<MatrixRow> person;

	private final Grid.Column<MatrixRow> complete;

	private final FooterRow footer;

	private final Map<String, Span> totals = new LinkedHashMap<>();

	private final Words words = Words.of(this);

	MatrixGrid(List<MatrixCourse> courses, Pages pages) {
		this.person = addColumn(MatrixRow::name).setHeader(getTranslation("reports.matrix.person"))
			.setSortable(true)
			.setSortProperty(MatrixOrder.NAME.name())
			.setFrozen(true)
			// On a phone the names give way, so that the courses start on screen.
			.setWidth("min(12rem, 36vw)")
			.setFlexGrow(0);
		addColumn((row) -> orEmpty(row.department())).setHeader(getTranslation("reports.matrix.department"))
			.setSortable(true)
			.setSortProperty(MatrixOrder.DEPARTMENT.name())
			.setWidth("10rem")
			.setFlexGrow(0);
		addColumn((row) -> orEmpty(row.manager())).setHeader(getTranslation("reports.matrix.manager"))
			.setSortable(true)
			.setSortProperty(MatrixOrder.MANAGER.name())
			.setWidth("10rem")
			.setFlexGrow(0);
		this.complete = addColumn(
				(row) -> getTranslation("reports.matrix.complete.value", row.complete(), row.assigned()))
			.setHeader(getTranslation("reports.matrix.complete"))
			.setWidth("6rem")
			.setFlexGrow(0);
		addComponentColumn((row) -> MatrixCells.count(row.overdue(), CellState.OVERDUE))
			.setHeader(getTranslation("reports.matrix.overdue"))
			.setSortable(true)
			.setSortProperty(MatrixOrder.OVERDUE.name())
			.setWidth("7.5rem")
			.setFlexGrow(0);
		this.footer = appendFooterRow();
		this.footer.getCell(this.person).setText(getTranslation("reports.matrix.totals"));
		this.footer.getCell(this.complete).setText(getTranslation("reports.matrix.counting"));
		addCourseColumns(courses);
		addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
		addClassName("sw-matrix");
		setAriaLabel(getTranslation("reports.matrix.title"));
		setEmptyStateText(getTranslation("reports.matrix.empty"));
		setPageSize(PAGE_SIZE);
		setHeight("min(40rem, 70vh)");
		setItems((CallbackDataProvider.FetchCallback<MatrixRow, Void>) (query) -> {
			List<QuerySortOrder> sorts = query.getSortOrders();
			MatrixOrder order = sorts.isEmpty() ? MatrixOrder.NAME : MatrixOrder.valueOf(sorts.get(0).getSorted());
			boolean descending = !sorts.isEmpty() && sorts.get(0).getDirection() == SortDirection.DESCENDING;
			return pages.page(order, descending, query.getOffset(), query.getLimit()).stream();
		});
	}

	/**
	 * Takes in the summary: the number of rows, the totals, and only the columns someone
	 * shown is assigned (the others go).
	 */
	void summarise(MatrixSummary summary) {
		this.footer.getCell(this.complete).setText(getTranslation("reports.matrix.people", summary.people()));
		this.totals.entrySet().removeIf((total) -> {
			String code = total.getKey();
			if (summary.courses().stream().noneMatch((course) -> course.code().equals(code))) {
				removeColumn(getColumnByKey(code));
				return true;
			}
			total.getValue()
				.setText(summary.totals(code)
					.map((totals) -> MatrixCells.totals(this.words, totals))
					.orElseGet(() -> getTranslation("reports.matrix.no-one-assigned")));
			return false;
		});
		getLazyDataView().setItemCountCallback((query) -> summary.people());
		// A short matrix takes the height of its rows, so that its totals sit right under
		// them; a long one scrolls within the page, fetching rows as they come into view.
		if (summary.people() <= FEW) {
			setHeight(null);
			setAllRowsVisible(true);
		}
	}

	/** A column per course, its totals in the footer once counted. */
	private void addCourseColumns(List<MatrixCourse> courses) {
		for (MatrixCourse course : courses) {
			Span header = new Span(course.title());
			header.addClassName("sw-matrix-head");
			header.getElement().setAttribute("title", course.title());
			Grid.Column<MatrixRow> column = addComponentColumn((row) -> row.cell(course.code())
				.map((cell) -> MatrixCells.cell(this.words, cell))
				.orElseGet(this::notAssigned)).setHeader(header).setKey(course.code()).setWidth("9rem").setFlexGrow(1);
			Span total = new Span(getTranslation("reports.matrix.counting"));
			total.addClassName("sw-matrix-total");
			this.footer.getCell(column).setComponent(total);
			this.totals.put(course.code(), total);
		}
	}

	private Span notAssigned() {
		Span none = new Span("–");
		none.addClassName("sw-cell-none");
		none.getElement().setAttribute("aria-label", getTranslation("reports.matrix.not-assigned"));
		none.getElement().setAttribute("title", getTranslation("reports.matrix.not-assigned"));
		return none;
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	/** Rows of the matrix, a page at a time. */
	@FunctionalInterface
	interface Pages {

		List<MatrixRow> page(MatrixOrder order, boolean descending, int offset, int limit);

	}

}
