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
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "Audit log", order = 26, icon = "vaadin:records")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class AuditView extends Main implements HasDynamicTitle {

	/** The zone dates are read in, the one times are shown in. */
	private static final ZoneId ZONE = Formats.WHEN.getZone();

	private final AuditTrail audit;

	final ComboBox<String> action = new ComboBox<>(getTranslation("audit.filter.action"));

	final TextField subject = new TextField(getTranslation("audit.filter.subject"));

	final TextField person = new TextField(getTranslation("audit.filter.who"));

	final DatePicker from = DateFields.datePicker(getTranslation("audit.filter.from"));

	final DatePicker to = DateFields.datePicker(getTranslation("audit.filter.to"));

	final Button clear = new Button(getTranslation("audit.filter.clear"));

	final Span matches = new Span();

	final Grid<AuditEntry> entries = new Grid<>();

	AuditView(AuditTrail audit) {
		this.audit = audit;
		addClassName("sw-page");

		this.action.setItems(audit.actions());
		this.action.setItemLabelGenerator(AuditView::actionName);
		this.action.setClearButtonVisible(true);
		this.action.setPlaceholder(getTranslation("audit.filter.action.any"));
		for (TextField text : List.of(this.subject, this.person)) {
			text.setMaxLength(AuditFilter.MAX_TEXT_LENGTH);
			text.setClearButtonVisible(true);
			text.setValueChangeMode(ValueChangeMode.LAZY);
		}
		this.subject.setPlaceholder(getTranslation("audit.filter.subject.placeholder"));
		this.person.setPlaceholder(getTranslation("audit.filter.who.placeholder"));
		for (DatePicker date : List.of(this.from, this.to)) {
			date.setClearButtonVisible(true);
		}
		this.to.setErrorMessage(getTranslation("audit.filter.to.before"));
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

		showEntries();
		this.matches.getElement().setAttribute("role", "status");

		add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filters, this.matches,
				this.entries);
		refresh();
	}

	/** The table of entries: when, who, what, which subject, and the detail. */
	private void showEntries() {
		this.entries.addColumn((entry) -> Formats.when(entry.occurredAt(), getLocale()))
			.setHeader(getTranslation("audit.column.when"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.entries.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.column.who")).setAutoWidth(true);
		this.entries.addColumn((entry) -> actionName(entry.action()))
			.setHeader(getTranslation("audit.column.what"))
			.setAutoWidth(true);
		this.entries.addComponentColumn(AuditView::subjectLink)
			.setHeader(getTranslation("audit.column.subject"))
			.setAutoWidth(true);
		this.entries.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.column.detail")).setFlexGrow(3);
		this.entries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.entries.setAriaLabel(getTranslation("audit.grid"));
		this.entries.setEmptyStateText(getTranslation("audit.empty"));
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
		this.matches.setText(getTranslation("audit.matches", count));
		this.entries.setItems((query) -> this.audit.search(filter, query.getPage(), query.getPageSize()).stream(),
				(query) -> (int) Math.min(Integer.MAX_VALUE, count));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("audit.title");
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
