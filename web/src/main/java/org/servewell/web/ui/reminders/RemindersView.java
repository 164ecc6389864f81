package org.servewell.web.ui.reminders;

import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.people.Roles;
import org.servewell.reminders.NotificationHistory;
import org.servewell.reminders.ReminderPreferences;
import org.servewell.reminders.NotificationStatus;
import org.servewell.reminders.NotificationSummary;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.Notices;

/**
 * Administrators see whether reminder mails are being sent and the latest notifications
 * with their status, so that a mail server that refuses mail shows up here.
 */
@Route("admin/reminders")
@Menu(title = "Reminders", order = 130, icon = "vaadin:envelope")
@RolesAllowed(Roles.ADMIN)
public class RemindersView extends Main implements HasDynamicTitle {

	/** How many of the latest notifications the table shows. */
	static final int SHOWN = 200;

	final Paragraph state = new Paragraph();

	final Grid<NotificationSummary> table = new Grid<>();

	final Checkbox overdueMandatory = new Checkbox(getTranslation("reminders.overdue-mandatory"));

	RemindersView(NotificationHistory history, ReminderPreferences preferences) {
		addClassName("sw-page");
		this.state.setText(getTranslation(history.sending() ? "reminders.on" : "reminders.off"));
		this.overdueMandatory.setValue(preferences.overdueMandatory());
		this.overdueMandatory.setHelperText(getTranslation("reminders.overdue-mandatory.helper"));
		this.overdueMandatory.addValueChangeListener((change) -> {
			preferences.setOverdueMandatory(change.getValue());
			Notices.done(getTranslation(
					change.getValue() ? "reminders.overdue-mandatory.on" : "reminders.overdue-mandatory.off"));
		});
		this.table.addColumn((row) -> when(row.createdAt()))
			.setHeader(getTranslation("reminders.column.recorded"))
			.setAutoWidth(true);
		this.table.addColumn(NotificationSummary::recipientName)
			.setHeader(getTranslation("reminders.column.to"))
			.setAutoWidth(true);
		this.table.addColumn((row) -> NoticeText.kind(row.kind(), this))
			.setHeader(getTranslation("reminders.column.reminder"))
			.setAutoWidth(true);
		this.table.addColumn(NotificationSummary::periodKey)
			.setHeader(getTranslation("reminders.column.for"))
			.setAutoWidth(true);
		this.table.addColumn((row) -> status(row.status()))
			.setHeader(getTranslation("reminders.column.status"))
			.setAutoWidth(true);
		this.table.addColumn(NotificationSummary::attempts)
			.setHeader(getTranslation("reminders.column.attempts"))
			.setAutoWidth(true);
		this.table.addColumn((row) -> (row.sentAt() != null) ? when(row.sentAt()) : "")
			.setHeader(getTranslation("reminders.column.sent"))
			.setAutoWidth(true);
		this.table.addColumn((row) -> (row.lastError() != null) ? row.lastError() : "")
			.setHeader(getTranslation("reminders.column.error"));
		this.table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.table.setAriaLabel(getTranslation("reminders.grid"));
		this.table.setEmptyStateText(getTranslation("reminders.empty"));
		this.table.setItems(history.recent(SHOWN));
		add(new H2(getTranslation("reminders.title")), this.state, this.overdueMandatory,
				new Paragraph(getTranslation("reminders.latest", SHOWN)), this.table);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("reminders.title");
	}

	String status(NotificationStatus status) {
		return getTranslation("reminders.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	private String when(Instant instant) {
		return Formats.when(instant, getLocale());
	}

}
