package org.servewell.web.ui.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.audit.AuditEntry;
import org.servewell.audit.AuditFilter;
import org.servewell.audit.AuditTrail;
import org.servewell.authoring.CourseAuditSubject;
import org.servewell.people.Roles;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.studio.CourseStudioView;
import org.servewell.web.ui.components.DateFields;

/**
 * The audit log across every course: who created, changed, published and retired what,
 * and when, newest first, with filters; a course leads to its studio page.
 */
@Route("audit")
@PageTitle("Audit log")
@Menu(title = "Audit log", order = 26, icon = "vaadin:records")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class AuditView extends Main {

	/** The zone dates are read in, the one times are shown in. */
	private static final ZoneId ZONE = Formats.WHEN.getZone();

	private final AuditTrail audit;

	final ComboBox<String> action = new ComboBox<>("Action");

	final TextField subject = new TextField("Subject");

	final TextField person = new TextField("Who");

	final DatePicker from = DateFields.datePicker("From");

	final DatePicker to = DateFields.datePicker("To");

	final Button clear = new Button("Clear filters");

	final Span matches = new Span();

	final Grid<AuditEntry> entries = new Grid<>();

	AuditView(AuditTrail audit) {
		this.audit = audit;
		addClassName("sw-page");

		this.action.setItems(audit.actions());
		this.action.setItemLabelGenerator(AuditView::actionName);
		this.action.setClearButtonVisible(true);
		this.action.setPlaceholder("Any action");
		for (TextField text : List.of(this.subject, this.person)) {
			text.setMaxLength(AuditFilter.MAX_TEXT_LENGTH);
			text.setClearButtonVisible(true);
			text.setValueChangeMode(ValueChangeMode.LAZY);
		}
		this.subject.setPlaceholder("Course id, such as first-time-every-time");
		this.person.setPlaceholder("Name or email");
		for (DatePicker date : List.of(this.from, this.to)) {
			date.setClearButtonVisible(true);
		}
		this.to.setErrorMessage("The end date is before the start date.");
		this.action.addValueChangeListener((change) -> refresh());
		this.subject.addValueChangeListener((change) -> refresh());
		this.person.addValueChangeListener((change) -> refresh());
		this.from.addValueChangeListener((change) -> {
			this.to.setMin(change.getValue());
			refresh();
		});
		this.to.addValueChangeListener((change) -> refresh());
		this.clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.clear.addClickListener((click) -> {
			this.action.clear();
			this.subject.clear();
			this.person.clear();
			this.from.clear();
			this.to.clear();
		});
		HorizontalLayout filters = new HorizontalLayout(this.action, this.subject, this.person, this.from, this.to,
				this.clear);
		filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
		filters.setWrap(true);

		this.entries.addColumn((entry) -> Formats.WHEN.format(entry.occurredAt()))
			.setHeader("When")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.entries.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true);
		this.entries.addColumn((entry) -> actionName(entry.action())).setHeader("What").setAutoWidth(true);
		this.entries.addComponentColumn(AuditView::subjectLink).setHeader("Subject").setAutoWidth(true);
		this.entries.addColumn(AuditEntry::detail).setHeader("Detail").setFlexGrow(3);
		this.entries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.entries.setAriaLabel("Audit log");
		this.entries.setEmptyStateText("No entries match. Clear a filter to see more.");
		this.matches.getElement().setAttribute("role", "status");

		add(new H2("Audit log"),
				new Paragraph("Who created, changed, published and retired what in the studio, and when. "
						+ "Entries are kept and never change."),
				filters, this.matches, this.entries);
		refresh();
	}

	/** Reads the entries again for the filters as they are now, a page at a time. */
	private void refresh() {
		boolean backwards = this.from.getValue() != null && this.to.getValue() != null
				&& this.to.getValue().isBefore(this.from.getValue());
		this.to.setInvalid(backwards);
		AuditFilter filter = new AuditFilter(this.action.getValue(), this.subject.getValue(), this.person.getValue(),
				startOf(this.from.getValue()),
				(this.to.getValue() != null) ? startOf(this.to.getValue().plusDays(1)) : null);
		long count = this.audit.count(filter);
		this.matches.setText(count + ((count == 1) ? " entry" : " entries") + ", newest first");
		this.entries.setItems((query) -> this.audit.search(filter, query.getPage(), query.getPageSize()).stream(),
				(query) -> (int) Math.min(Integer.MAX_VALUE, count));
	}

	private static Instant startOf(LocalDate day) {
		return (day != null) ? day.atStartOfDay(ZONE).toInstant() : null;
	}

	/** An action as people say it: {@code DRAFT_STARTED} is "draft started". */
	static String actionName(String action) {
		return action.replace('_', ' ').toLowerCase(Locale.ROOT);
	}

	/** A course's subject links to its page in the studio; other subjects are text. */
	private static Component subjectLink(AuditEntry entry) {
		return CourseAuditSubject.parse(entry.subject())
			.<Component>map((course) -> new RouterLink(entry.subject(), CourseStudioView.class, course.courseCode()))
			.orElseGet(() -> new Span(entry.subject()));
	}

}
