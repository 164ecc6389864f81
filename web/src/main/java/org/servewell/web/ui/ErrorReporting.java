package org.servewell.web.ui;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;

/**
 * The one place that turns an unexpected error into what a person sees (a plain message
 * and a reference) and what the log gets (the reference with the full detail).
 */
public final class ErrorReporting {

	private static final Logger log = LoggerFactory.getLogger(ErrorReporting.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom random = new SecureRandom();

	private ErrorReporting() {
	}

	/** Logs the error under a new reference and returns the message for the person. */
	public static String report(Throwable error) {
		if (causedBy(error, AccessDeniedException.class)) {
			log.warn("Access denied: {}", error.toString());
			return "You do not have permission to do that. If you think you should, ask your administrator.";
		}
		String reference = reference();
		log.error("Unexpected error, reference {}", reference, error);
		return "Something went wrong on our side and nothing was changed. Please try again; if it keeps happening, "
				+ "tell your administrator the reference " + reference + ".";
	}

	static String reference() {
		StringBuilder reference = new StringBuilder(8);
		for (int i = 0; i < 8; i++) {
			reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return reference.toString();
	}

	private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

}
