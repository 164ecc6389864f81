package org.servewell.reminders;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without an SMTP host the application starts as before and no reminder job exists; the
 * administrators' list of notifications is still there (empty).
 */
@SpringBootTest
class RemindersOffTest {

	@Autowired
	ApplicationContext context;

	@Test
	void without_an_smtp_host_the_application_starts_and_schedules_no_reminders() {
		assertThat(this.context.getBeanNamesForType(ReminderJob.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(ReminderRun.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(NotificationHistory.class)).hasSize(1);
	}

}
