package org.servewell.reminders;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands a reminder to the SMTP server as a multipart/alternative mail: plain text first,
 * HTML second.
 */
@Component
@WhenMailConfigured
class MailDelivery {

	private final JavaMailSender sender;

	private final ReminderSettings settings;

	MailDelivery(JavaMailSender sender, ReminderSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	/**
	 * Sends the mail.
	 * @throws MailException when the server refuses it or cannot be reached
	 */
	void send(ReminderMail mail) {
		MimeMessage message = this.sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(this.settings.from());
			helper.setTo(mail.to());
			helper.setSubject(mail.subject());
			helper.setText(mail.text(), mail.html());
		}
		catch (MessagingException ex) {
			throw new MailPreparationException("Could not write the mail to " + mail.to(), ex);
		}
		this.sender.send(message);
	}

}
