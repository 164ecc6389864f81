package org.servewell.reminders;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
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
		this.sender.send(message(mail));
	}

	/**
	 * Sends the mails in order over one connection to the server (a new one only if the
	 * server drops it). When the server cannot be reached, the mails from there on are
	 * not sent, and fail with that error.
	 * @return why each mail that was not sent failed, by its index in {@code mails};
	 * empty when the server took them all
	 */
	Map<Integer, String> sendAll(List<ReminderMail> mails) {
		Map<Integer, String> failed = new HashMap<>();
		List<MimeMessage> messages = new ArrayList<>();
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < mails.size(); i++) {
			try {
				messages.add(message(mails.get(i)));
				indexes.add(i);
			}
			catch (MailException ex) {
				failed.put(i, ex.getMessage());
			}
		}
		try {
			this.sender.send(messages.toArray(MimeMessage[]::new));
		}
		catch (MailSendException ex) {
			// Keyed by the message objects themselves (MimeMessage keeps Object's
			// identity).
			Map<Object, Exception> byMessage = ex.getFailedMessages();
			for (int j = 0; j < messages.size(); j++) {
				Exception error = byMessage.isEmpty() ? ex : byMessage.get(messages.get(j));
				if (error != null) {
					failed.put(indexes.get(j), error.getMessage());
				}
			}
		}
		catch (MailException ex) {
			indexes.forEach((i) -> failed.put(i, ex.getMessage()));
		}
		return failed;
	}

	private MimeMessage message(ReminderMail mail) {
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
		return message;
	}

}
