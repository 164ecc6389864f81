package org.servewell.shared;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of one bundle of texts on the class path ({@code messages/mails.properties}
 * in English, {@code messages/mails_de.properties} in German), in a language of
 * {@link Languages#WRITTEN}. Every text is a {@link MessageFormat} pattern, so an
 * apostrophe is always written twice and numbers are written in the reader's language. A
 * key missing in German falls back to English; a key missing from both throws (each
 * bundle's test keeps both complete), so no mail goes out with a key in it. The key
 * {@code day} holds the bundle's way of writing a day, as a {@link DateTimeFormatter}
 * pattern.
 *
 * @param bundle the bundle's base name on the class path, such as {@code messages/mails}
 */
public record Wording(String bundle) {

	/** The key of the pattern a day is written with. */
	public static final String DAY = "day";

	private static final ResourceBundle.Control NO_SYSTEM_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	/** The text of {@code key} in {@code language}, with its arguments filled in. */
	public String text(Locale language, String key, Object... arguments) {
		return new MessageFormat(pattern(language, key), language).format(arguments);
	}

	/** A day as the bundle writes it in {@code language}. */
	public String day(Locale language, LocalDate day) {
		return DateTimeFormatter.ofPattern(pattern(language, DAY), language).format(day);
	}

	/** The words in {@code language}, for tests that check the bundle is complete. */
	public ResourceBundle words(Locale language) {
		return ResourceBundle.getBundle(this.bundle, language, NO_SYSTEM_FALLBACK);
	}

	private String pattern(Locale language, String key) {
		return words(language).getString(key);
	}

}
