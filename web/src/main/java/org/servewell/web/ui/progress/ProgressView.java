package org.servewell.web.ui.progress;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.learning.CourseProgress;
import org.servewell.learning.PersonProgress;
import org.servewell.learning.ProgressOrder;
import org.servewell.learning.ProgressScope;
import org.servewell.learning.ProgressService;
import org.servewell.people.Roles;
import org.servewell.web.ui.components.Formats;

/**
 * Progress on assigned courses: per course, how many people have not started, are in
 * progress, are complete or overdue; pick a course to see each person, a page at a time.
 * Managers see their own team only, and the page says so.
 */
@Route("progress")
@PageTitle("Progress")
@Menu(title = "Progress", order = 20, icon = "vaadin:chart-3d")
@RolesAllowed({ Roles.TRAINER, Roles.MANAGER, Roles.HR, Roles.ADMIN })
public class ProgressView extends Main {

	private static final int PAGE_SIZE = 50;

	/** Wide enough for a count's header ("Not started") on one line. */
	private static final String COUNT_WIDTH = "7.5rem";

	final Grid<CourseProgress> courses = new Grid<>();

	final Grid<PersonProgress> people = new Grid<>();

	private final H3 peopleHeading = new H3("Choose a course to see each person");

	ProgressView(ProgressService progress) {
		addClassName("sw-page");
		addCourseColumns();
		this.courses.setItems(progress.courses());
		this.courses.setAllRowsVisible(true);
		this.courses.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.courses.setAriaLabel("Progress per course");
		this.courses.setEmptyStateText("No one you can see has been assigned a course yet.");

		this.people.addColumn(PersonProgress::name)
			.setHeader("Name")
			.setSortable(true)
			.setSortProperty(ProgressOrder.NAME.name())
			.setFlexGrow(2);
		this.people.addColumn((row) -> (row.department() != null) ? row.department() : "")
			.setHeader("Department")
			.setSortable(true)
			.setSortProperty(ProgressOrder.DEPARTMENT.name());
		this.people.addColumn((row) -> (row.dueDate() != null) ? Formats.DAY.format(row.dueDate()) : "")
			.setHeader("Due")
			.setSortable(true)
			.setSortProperty(ProgressOrder.DUE_DATE.name());
		this.people.addComponentColumn(ProgressView::status).setHeader("Status").setFlexGrow(2);
		this.people.addColumn(PersonProgress::attempts).setHeader("Quiz attempts");
		this.people.addColumn((row) -> (row.bestScore() != null) ? row.bestScore() + "%" : "").setHeader("Best score");
		// A course may have tens of thousands of people: the grid asks for the rows it
		// shows, a page at a time, sorted and counted by the service.
		this.people.setPageSize(PAGE_SIZE);
		this.people.setHeight("32rem");
		this.people.setAriaLabel("Progress per person");
		this.people.setVisible(false);

		this.people.addItemClickListener((click) -> personDialog(progress, click.getItem()).open());

		this.courses.asSingleSelect().addValueChangeListener((change) -> {
			CourseProgress course = change.getValue();
			this.people.setVisible(course != null);
			if (course != null) {
				this.peopleHeading.setText(course.title());
				showPeople(progress, course.courseCode());
			}
		});
		String who = (progress.scope() == ProgressScope.TEAM) ? "Everyone in your team with a course"
				: "Everyone assigned a course";
		add(new H2("Progress"),
				new Paragraph(who + " and how far they are. Overdue means past the due date and never completed; "
						+ "expired means a completion has lapsed and the course is due again."),
				this.courses, this.peopleHeading, this.people);
	}

	private void showPeople(ProgressService progress, String courseCode) {
		this.people.setItems((query) -> {
			QuerySortOrder sort = query.getSortOrders().isEmpty() ? null : query.getSortOrders().get(0);
			ProgressOrder order = (sort != null) ? ProgressOrder.valueOf(sort.getSorted()) : ProgressOrder.NAME;
			boolean descending = sort != null && sort.getDirection() == SortDirection.DESCENDING;
			return progress.coursePage(courseCode, order, descending, query.getOffset(), query.getLimit()).stream();
		}, (query) -> progress.coursePeopleCount(courseCode));
	}

	/**
	 * One person's assigned courses, each with status, due date, attempts and best score.
	 */
	static Dialog personDialog(ProgressService progress, PersonProgress person) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(person.name());
		dialog.setWidth("min(48rem, 96vw)");
		Grid<PersonProgress> courses = new Grid<>();
		courses.addColumn(PersonProgress::courseTitle).setHeader("Course").setFlexGrow(3);
		courses.addColumn((row) -> (row.dueDate() != null) ? Formats.DAY.format(row.dueDate()) : "").setHeader("Due");
		courses.addComponentColumn(ProgressView::status).setHeader("Status").setFlexGrow(2);
		courses.addColumn(PersonProgress::attempts).setHeader("Attempts");
		courses.addColumn((row) -> (row.bestScore() != null) ? row.bestScore() + "%" : "").setHeader("Best score");
		courses.setItems(progress.person(person.personId()));
		courses.setAllRowsVisible(true);
		courses.setAriaLabel("Courses assigned to " + person.name());
		dialog.add(courses);
		dialog.getFooter().add(new Button("Close", (click) -> dialog.close()));
		return dialog;
	}

	/**
	 * The course totals' columns. On a phone the course names stay in view while the
	 * counts scroll beside them.
	 */
	private void addCourseColumns() {
		this.courses.addColumn(CourseProgress::title)
			.setHeader("Course")
			.setFrozen(true)
			.setWidth("min(16rem, 42vw)")
			.setFlexGrow(4);
		this.courses.addColumn(CourseProgress::assigned).setHeader("Assigned").setWidth(COUNT_WIDTH);
		this.courses.addColumn(CourseProgress::notStarted).setHeader("Not started").setWidth(COUNT_WIDTH);
		this.courses.addColumn(CourseProgress::inProgress).setHeader("In progress").setWidth(COUNT_WIDTH);
		this.courses.addColumn(CourseProgress::complete).setHeader("Complete").setWidth(COUNT_WIDTH);
		this.courses.addColumn(CourseProgress::expired).setHeader("Expired").setWidth(COUNT_WIDTH);
		this.courses.addComponentColumn((course) -> count(course.overdue(), "sw-badge-overdue"))
			.setHeader("Overdue")
			.setWidth(COUNT_WIDTH);
	}

	private static Span count(int value, String className) {
		Span span = new Span(String.valueOf(value));
		if (value > 0) {
			span.addClassName(className);
		}
		return span;
	}

	private static Span status(PersonProgress row) {
		Span status = new Span(row.overdue() ? row.status().label() + " · overdue" : row.status().label());
		status.addClassName(row.overdue() ? "sw-badge-overdue"
				: (row.status() == PersonProgress.Status.COMPLETE) ? "sw-status-active" : "sw-status-neutral");
		return status;
	}

}
