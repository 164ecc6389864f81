package org.servewell.reminders;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without an SMTP host the application starts as before and sends nothing: the daily job
 * exists to record in-app notices, but nothing that mails them.
 */
@SpringBootTest
class RemindersOffTest {

	@Autowired
	ApplicationContext context;

	@Test
	void without_an_smtp_host_the_application_starts_and_mails_nothing() {
		assertThat(this.context.getBeanNamesForType(MailDelivery.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(InterviewMailJob.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(ReminderJob.class)).hasSize(1);
		assertThat(this.context.getBeanNamesForType(NotificationHistory.class)).hasSize(1);
	}

}
