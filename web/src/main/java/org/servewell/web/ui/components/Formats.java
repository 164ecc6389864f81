package org.servewell.web.ui.components;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How Servewell writes days, moments and figures, the same on every screen: "1 Dec 2026",
 * "1 Dec 2026, 14:05", "14:05:09", "3.5". Moments are shown in the server's time zone.
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

	private Formats() {
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
