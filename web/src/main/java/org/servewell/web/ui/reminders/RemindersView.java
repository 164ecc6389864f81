package org.servewell.web.ui.reminders;

import java.time.Instant;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Reminders")
@Menu(title = "Reminders", order = 130, icon = "vaadin:envelope")
@RolesAllowed(Roles.ADMIN)
public class RemindersView extends Main {

	/** How many of the latest notifications the table shows. */
	static final int SHOWN = 200;

	final Paragraph state = new Paragraph();

	final Grid<NotificationSummary> table = new Grid<>();

	final Checkbox overdueMandatory = new Checkbox("Overdue reminders are mandatory");

	RemindersView(NotificationHistory history, ReminderPreferences preferences) {
		addClassName("sw-page");
		this.state.setText(history.sending()
				? "Reminder mails are on: learners hear of courses due soon, due today and overdue; managers get a "
						+ "weekly list of their team's overdue courses; interviewers hear of each assignment. "
						+ "People choose which of these they get in their profile. A failed mail is tried again on "
						+ "the next runs."
				: "Reminder mails are off: no SMTP server is configured. Set SPRING_MAIL_HOST (see the README, "
						+ "\"Reminders\") and restart Servewell. People still see their reminders under the bell in "
						+ "the header.");
		this.overdueMandatory.setValue(preferences.overdueMandatory());
		this.overdueMandatory.setHelperText("When on, everyone gets overdue reminders by mail, whatever they chose "
				+ "in their profile, where the choice shows checked and cannot be changed.");
		this.overdueMandatory.addValueChangeListener((change) -> {
			preferences.setOverdueMandatory(change.getValue());
			Notices.done(change.getValue() ? "Overdue reminders are now mandatory for everyone."
					: "Each person now chooses whether they get overdue reminders.");
		});
		this.table.addColumn((row) -> when(row.createdAt())).setHeader("Recorded").setAutoWidth(true);
		this.table.addColumn(NotificationSummary::recipientName).setHeader("To").setAutoWidth(true);
		this.table.addColumn((row) -> NoticeText.kind(row.kind())).setHeader("Reminder").setAutoWidth(true);
		this.table.addColumn(NotificationSummary::periodKey).setHeader("For").setAutoWidth(true);
		this.table.addColumn((row) -> status(row.status())).setHeader("Status").setAutoWidth(true);
		this.table.addColumn(NotificationSummary::attempts).setHeader("Attempts").setAutoWidth(true);
		this.table.addColumn((row) -> (row.sentAt() != null) ? when(row.sentAt()) : "")
			.setHeader("Sent")
			.setAutoWidth(true);
		this.table.addColumn((row) -> (row.lastError() != null) ? row.lastError() : "")
			.setHeader("Reason or last error");
		this.table.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.table.setAriaLabel("Latest reminders");
		this.table.setEmptyStateText("No reminders recorded yet.");
		this.table.setItems(history.recent(SHOWN));
		add(new H2("Reminders"), this.state, this.overdueMandatory,
				new Paragraph("The latest " + SHOWN + " reminders, newest first."), this.table);
	}

	static String status(NotificationStatus status) {
		return switch (status) {
			case PENDING -> "Sending (or cut off)";
			case QUEUED -> "Waiting to be sent";
			case NOT_MAILED -> "In the app only";
			case SENT -> "Sent";
			case FAILED -> "Failed, to be retried";
			case SKIPPED -> "Not needed any more";
		};
	}

	private static String when(Instant instant) {
		return Formats.WHEN.format(instant);
	}

}
