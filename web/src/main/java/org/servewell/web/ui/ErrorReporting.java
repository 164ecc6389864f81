package org.servewell.web.ui;

import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;

import org.servewell.shared.DatabaseFailures;
import org.servewell.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;

import org.servewell.web.ui.language.Translations;

/**
 * The one place that turns an error into what a person sees. A refusal from a service
 * (not allowed, not found, stale, invalid) is shown in core's own words, which say what
 * is wrong and how to fix it, in the language of the page. An unexpected error becomes a
 * plain message and a reference, and the log gets the reference with the full detail. A
 * database that is down or too slow gets a message of its own: nothing was saved, and
 * trying again later is the fix.
 */
public final class ErrorReporting {

	private static final Logger log = LoggerFactory.getLogger(ErrorReporting.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom random = new SecureRandom();

	private static final Translations WORDS = new Translations();

	private ErrorReporting() {
	}

	/**
	 * Returns the message for the person: a refusal's own words, or, for anything else, a
	 * message with a new reference under which the error is logged.
	 */
	public static String report(Throwable error) {
		Refusal refusal = cause(error, Refusal.class);
		if (refusal != null) {
			return refused(refusal);
		}
		if (cause(error, AccessDeniedException.class) != null) {
			log.warn("Access denied: {}", error.toString());
			return words("error.denied");
		}
		if (DatabaseFailures.unavailable(error)) {
			String reference = reference();
			log.error("Database unavailable, reference {}", reference, error);
			return words("error.database", reference);
		}
		String reference = reference();
		log.error("Unexpected error, reference {}", reference, error);
		return words("error.unexpected", reference);
	}

	/**
	 * The message for a refusal: what is wrong and how to fix it, in the language of the
	 * page it shows on (English where there is no page). Not a fault of Servewell's, so
	 * no reference, and the log gets a debug line only (in English).
	 */
	public static String refused(Refusal refusal) {
		log.debug("Refused: {}", refusal.toString());
		UI ui = UI.getCurrent();
		return refusal.message((ui != null) ? ui.getLocale() : Locale.ENGLISH);
	}

	/**
	 * What to list for a refusal: each of its problems, or its message alone when it
	 * lists none.
	 */
	public static List<String> reasons(Refusal refusal) {
		String message = refused(refusal);
		return refusal.problems().isEmpty() ? List.of(message) : refusal.problems();
	}

	/**
	 * Servewell's own words for an error, in the language of the page it shows on
	 * (English where there is no page).
	 */
	private static String words(String key, Object... arguments) {
		UI ui = UI.getCurrent();
		return WORDS.getTranslation(key, (ui != null) ? ui.getLocale() : null, arguments);
	}

	static String reference() {
		StringBuilder reference = new StringBuilder(8);
		for (int i = 0; i < 8; i++) {
			reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return reference.toString();
	}

	private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

}
