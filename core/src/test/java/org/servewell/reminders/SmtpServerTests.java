package org.servewell.reminders;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.servewell.people.PersonDetails;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tests that send mail to a real SMTP server (GreenMail) on a free port, which the
 * application is configured to use.
 */
abstract class SmtpServerTests {

	private static final int SMTP_PORT = TestMailbox.freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = TestMailbox.smtpOn(SMTP_PORT);

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	/** The mails the server received for {@code person}. */
	static List<MimeMessage> mailsTo(PersonDetails person) {
		return TestMailbox.mailsTo(smtp, person.email());
	}

}
