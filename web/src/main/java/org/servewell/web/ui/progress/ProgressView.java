package org.servewell.web.ui.progress;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.learning.CompletionWithdrawals;
import org.servewell.learning.CourseProgress;
import org.servewell.learning.PersonProgress;
import org.servewell.learning.ProgressOrder;
import org.servewell.learning.ProgressScope;
import org.servewell.learning.ProgressService;
import org.servewell.people.Roles;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.Notices;

/**
 * Progress on assigned courses: per course, how many people have not started, are in
 * progress, are complete or overdue; pick a course to see each person, a page at a time.
 * Managers see their own team only, and the page says so. HR and administrators may
 * withdraw a complete row's certificate.
 */
@Route("progress")
@Menu(title = "Progress", order = 20, icon = "vaadin:chart-3d")
@RolesAllowed({ Roles.TRAINER, Roles.MANAGER, Roles.HR, Roles.ADMIN })
public class ProgressView extends Main implements HasDynamicTitle {

	private static final int PAGE_SIZE = 50;

	/** Wide enough for a count's header ("Not started", "In Bearbeitung") on one line. */
	private static final String COUNT_WIDTH = "8.5rem";

	final Grid<CourseProgress> courses = new Grid<>();

	final Grid<PersonProgress> people = new Grid<>();

	private final H3 peopleHeading = new H3(getTranslation("progress.people.choose"));

	private final CompletionWithdrawals withdrawals;

	/** HR and administrators; the service refuses anyone else. */
	private final boolean mayWithdraw;

	ProgressView(ProgressService progress, CompletionWithdrawals withdrawals, AuthenticationContext authentication) {
		this.withdrawals = withdrawals;
		this.mayWithdraw = authentication.hasAnyRole(Roles.HR, Roles.ADMIN);
		addClassName("sw-page");
		addCourseColumns();
		this.courses.setItems(progress.courses());
		this.courses.setAllRowsVisible(true);
		this.courses.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.courses.setAriaLabel(getTranslation("progress.courses.label"));
		this.courses.setEmptyStateText(getTranslation("progress.courses.empty"));

		this.people.addColumn(PersonProgress::name)
			.setHeader(getTranslation("progress.people.name"))
			.setSortable(true)
			.setSortProperty(ProgressOrder.NAME.name())
			.setFlexGrow(2);
		this.people.addColumn((row) -> (row.department() != null) ? row.department() : "")
			.setHeader(getTranslation("progress.people.department"))
			.setSortable(true)
			.setSortProperty(ProgressOrder.DEPARTMENT.name());
		this.people.addColumn((row) -> (row.dueDate() != null) ? Formats.day(row.dueDate(), getLocale()) : "")
			.setHeader(getTranslation("progress.due"))
			.setSortable(true)
			.setSortProperty(ProgressOrder.DUE_DATE.name());
		this.people.addComponentColumn((row) -> status(this, row))
			.setHeader(getTranslation("progress.status"))
			.setFlexGrow(2);
		this.people.addColumn(PersonProgress::attempts).setHeader(getTranslation("progress.people.attempts"));
		this.people.addColumn((row) -> score(row, getLocale())).setHeader(getTranslation("progress.best-score"));
		if (this.mayWithdraw) {
			this.people.addComponentColumn((row) -> withdrawAction(row, () -> showAgain(progress, row.courseCode())))
				.setAutoWidth(true);
		}
		// A course may have tens of thousands of people: the grid asks for the rows it
		// shows, a page at a time, sorted and counted by the service.
		this.people.setPageSize(PAGE_SIZE);
		this.people.setHeight("32rem");
		this.people.setAriaLabel(getTranslation("progress.people.label"));
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
		String intro = (progress.scope() == ProgressScope.TEAM) ? "progress.intro.team" : "progress.intro.everyone";
		add(new H2(getTranslation("progress.title")), new Paragraph(getTranslation(intro)), this.courses,
				this.peopleHeading, this.people);
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
	 * The action on a complete row: withdraw the certificate, after asking why. Its click
	 * does not also open the person's courses, as a click elsewhere on the row does.
	 */
	private Component withdrawAction(PersonProgress row, Runnable afterwards) {
		if (row.status() != PersonProgress.Status.COMPLETE) {
			return new Span();
		}
		Button withdraw = new Button(getTranslation("progress.withdraw"));
		withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
		withdraw.setAriaLabel(getTranslation("progress.withdraw.label", row.name()));
		withdraw.getElement().addEventListener("click", (ignored) -> {
		}).addEventData("event.stopPropagation()");
		withdraw.addClickListener((click) -> this.withdrawals.withdrawable(row.personId(), row.courseCode())
			.ifPresentOrElse(
					(completion) -> new WithdrawCertificateDialog(this.withdrawals, completion, afterwards).open(),
					() -> {
						Notices.refused(getTranslation("progress.withdraw.none", row.name()));
						afterwards.run();
					}));
		return withdraw;
	}

	/**
	 * Reads the totals and the chosen course's people again, after a change, keeping the
	 * course chosen.
	 */
	private void showAgain(ProgressService progress, String courseCode) {
		this.courses.setItems(progress.courses());
		if (courseCode != null) {
			this.courses.getListDataView()
				.getItems()
				.filter((course) -> course.courseCode().equals(courseCode))
				.findFirst()
				.ifPresent(this.courses::select);
		}
	}

	/**
	 * One person's assigned courses, each with status, due date, attempts and best score;
	 * for HR and administrators, the withdraw action on complete ones.
	 */
	private Dialog personDialog(ProgressService progress, PersonProgress person) {
		Locale locale = getLocale();
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(person.name());
		dialog.setWidth("min(48rem, 96vw)");
		Grid<PersonProgress> courses = new Grid<>();
		courses.addColumn(PersonProgress::courseTitle)
			.setHeader(dialog.getTranslation("progress.course"))
			.setFlexGrow(3);
		courses.addColumn((row) -> (row.dueDate() != null) ? Formats.day(row.dueDate(), locale) : "")
			.setHeader(dialog.getTranslation("progress.due"));
		courses.addComponentColumn((row) -> status(dialog, row))
			.setHeader(dialog.getTranslation("progress.status"))
			.setFlexGrow(2);
		courses.addColumn(PersonProgress::attempts).setHeader(dialog.getTranslation("progress.person.attempts"));
		courses.addColumn((row) -> score(row, locale)).setHeader(dialog.getTranslation("progress.best-score"));
		if (this.mayWithdraw) {
			String chosen = (this.courses.asSingleSelect().getValue() != null)
					? this.courses.asSingleSelect().getValue().courseCode() : null;
			courses.addComponentColumn((row) -> withdrawAction(row, () -> {
				courses.setItems(progress.person(person.personId()));
				showAgain(progress, chosen);
			})).setAutoWidth(true);
		}
		courses.setItems(progress.person(person.personId()));
		courses.setAllRowsVisible(true);
		courses.setAriaLabel(dialog.getTranslation("progress.person.label", person.name()));
		dialog.add(courses);
		dialog.getFooter().add(new Button(dialog.getTranslation("progress.person.close"), (click) -> dialog.close()));
		return dialog;
	}

	/**
	 * The course totals' columns. On a phone the course names stay in view while the
	 * counts scroll beside them.
	 */
	private void addCourseColumns() {
		this.courses.addColumn(CourseProgress::title)
			.setHeader(getTranslation("progress.course"))
			.setFrozen(true)
			.setWidth("min(16rem, 42vw)")
			.setFlexGrow(4);
		this.courses.addColumn(CourseProgress::assigned)
			.setHeader(getTranslation("progress.assigned"))
			.setWidth(COUNT_WIDTH);
		this.courses.addColumn(CourseProgress::notStarted)
			.setHeader(getTranslation("progress.not-started"))
			.setWidth(COUNT_WIDTH);
		this.courses.addColumn(CourseProgress::inProgress)
			.setHeader(getTranslation("progress.in-progress"))
			.setWidth(COUNT_WIDTH);
		this.courses.addColumn(CourseProgress::complete)
			.setHeader(getTranslation("progress.complete"))
			.setWidth(COUNT_WIDTH);
		this.courses.addColumn(CourseProgress::expired)
			.setHeader(getTranslation("progress.expired"))
			.setWidth(COUNT_WIDTH);
		this.courses.addComponentColumn((course) -> count(course.overdue(), "sw-badge-overdue"))
			.setHeader(getTranslation("progress.overdue"))
			.setWidth(COUNT_WIDTH);
	}

	private static Span count(int value, String className) {
		Span span = new Span(String.valueOf(value));
		if (value > 0) {
			span.addClassName(className);
		}
		return span;
	}

	private static String score(PersonProgress row, Locale locale) {
		return (row.bestScore() != null) ? Formats.percent(row.bestScore(), locale) : "";
	}

	private static Span status(Component words, PersonProgress row) {
		String state = words
			.getTranslation("progress.state." + row.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
		Span status = new Span(row.overdue() ? words.getTranslation("progress.state.overdue", state) : state);
		status.addClassName(row.overdue() ? "sw-badge-overdue"
				: (row.status() == PersonProgress.Status.COMPLETE) ? "sw-status-active" : "sw-status-neutral");
		return status;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("progress.title");
	}

}
