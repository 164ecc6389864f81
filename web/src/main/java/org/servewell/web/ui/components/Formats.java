package org.servewell.web.ui.components;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;

/**
 * How Servewell writes days, moments and figures, the same on every screen: "1 Dec 2026",
 * "1 Dec 2026, 14:05", "14:05:09", "3.5". Moments are shown in the server's time zone.
 * <p>
 * The methods that take a locale write them the way the reader's language does: in German
 * "1. Dez. 2026", "1. Dez. 2026, 14:05", "12.000", "80 %". The constants and the methods
 * without a locale are English, for the screens not translated yet.
 */
public final class Formats {

	/** A day: "1 Dec 2026". */
	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(DateFields.SHOWN_FORMAT, Locale.ENGLISH)
		.withZone(ZoneId.systemDefault());

	/** A moment to the minute: "1 Dec 2026, 14:05". */
	public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
		.withZone(ZoneId.systemDefault());

	/** A time of day to the second, for "saved at": "14:05:09". */
	public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH)
		.withZone(ZoneId.systemDefault());

	private static final Map<String, String> DAY_PATTERNS = Map.of("de", "d. MMM yyyy");

	private static final String TIME_PATTERN = "HH:mm:ss";

	private Formats() {
	}

	/** A day in the reader's language: "1 Dec 2026", "1. Dez. 2026". */
	public static String day(TemporalAccessor day, Locale locale) {
		return formatter(dayPattern(locale), locale).format(day);
	}

	/** A moment to the minute in the reader's language: "1 Dec 2026, 14:05". */
	public static String when(TemporalAccessor moment, Locale locale) {
		return formatter(dayPattern(locale) + ", HH:mm", locale).format(moment);
	}

	/** A time of day to the second: "14:05:09". */
	public static String time(TemporalAccessor moment, Locale locale) {
		return formatter(TIME_PATTERN, locale).format(moment);
	}

	/** A whole number in the reader's language: "12,000", "12.000". */
	public static String count(long value, Locale locale) {
		return NumberFormat.getIntegerInstance(locale).format(value);
	}

	/** A whole percentage in the reader's language: "80%", "80 %". */
	public static String percent(long percent, Locale locale) {
		return NumberFormat.getPercentInstance(locale).format(percent / 100.0);
	}

	private static String dayPattern(Locale locale) {
		return DAY_PATTERNS.getOrDefault(locale.getLanguage(), DateFields.SHOWN_FORMAT);
	}

	private static DateTimeFormatter formatter(String pattern, Locale locale) {
		return DateTimeFormatter.ofPattern(pattern, locale).withZone(ZoneId.systemDefault());
	}

	/**
	 * A figure with {@code places} decimals and a point, whatever the browser's language:
	 * "3.50".
	 */
	public static String decimal(double value, int places) {
		return String.format(Locale.ENGLISH, "%." + places + "f", value);
	}

	/** A figure with {@code places} decimals, rounded half up: "3.50". */
	public static String decimal(BigDecimal value, int places) {
		return String.format(Locale.ENGLISH, "%." + places + "f", value);
	}

	/** A whole number with thousands separated by commas: "12,000". */
	public static String count(long value) {
		return String.format(Locale.ENGLISH, "%,d", value);
	}

}
