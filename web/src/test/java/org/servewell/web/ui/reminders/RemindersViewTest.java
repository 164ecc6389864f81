package org.servewell.web.ui.reminders;

import org.junit.jupiter.api.Test;
import org.servewell.reminders.NotificationHistory;
import org.servewell.reminders.ReminderPreferences;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.NotFoundView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RemindersViewTest extends ViewTest {

	@Autowired
	NotificationHistory history;

	@Autowired
	ReminderPreferences preferences;

	@Test
	@WithUserDetails(ADMIN)
	void administrator_without_a_mail_server_reads_that_reminders_are_off_and_how_to_turn_them_on() {
		RemindersView view = navigate(RemindersView.class);

		assertThat(view.state.getText()).startsWith("Reminder mails are off")
			.contains("SPRING_MAIL_HOST")
			.contains("under the bell");
		assertThat(view.table.getEmptyStateText()).isEqualTo("No reminders recorded yet.");
	}

	@Test
	@WithUserDetails(ADMIN)
	void administrator_reads_the_reminders_the_demo_organisation_was_sent() {
		RemindersView view = navigate(RemindersView.class);

		assertThat(test(view.table).size()).isPositive();
	}

	@Test
	@WithUserDetails(ADMIN)
	void an_administrator_makes_overdue_reminders_mandatory_and_lifts_the_rule_again() {
		RemindersView view = navigate(RemindersView.class);
		assertThat(view.overdueMandatory.getValue()).isFalse();

		test(view.overdueMandatory).click();
		assertThat(this.preferences.overdueMandatory()).isTrue();
		assertThat(navigate(RemindersView.class).overdueMandatory.getValue()).isTrue();

		test(navigate(RemindersView.class).overdueMandatory).click();
		assertThat(this.preferences.overdueMandatory()).isFalse();
	}

	@Test
	@WithUserDetails(MANAGER)
	void only_administrators_change_whether_overdue_reminders_are_mandatory() {
		navigate("admin/reminders", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(RemindersView.class);
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.preferences.setOverdueMandatory(true));
		assertThat(this.preferences.overdueMandatory()).isFalse();
	}

	@Test
	@WithUserDetails(HR)
	void hr_cannot_open_the_reminders_and_the_service_refuses_them_too() {
		navigate("admin/reminders", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(RemindersView.class);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.history.recent(10));
	}

}
