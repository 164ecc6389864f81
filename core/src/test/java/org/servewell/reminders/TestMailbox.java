package org.servewell.reminders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP server the mail tests run (GreenMail) and what they read from it.
 */
final class TestMailbox {

	private TestMailbox() {
	}

	/** An SMTP server on {@code port} of the loopback address. */
	static GreenMailExtension smtpOn(int port) {
		return new GreenMailExtension(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
	}

	/** The mails the server received for {@code email}. */
	static List<MimeMessage> mailsTo(GreenMailExtension smtp, String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> {
			try {
				Address[] to = mail.getAllRecipients();
				return to != null && Arrays.stream(to).anyMatch((address) -> address.toString().equals(email));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** The mail's text/plain part, wherever the multipart structure puts it. */
	static String plainText(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = plainText(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	/** A port nothing listens on now. */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
