package org.servewell.web.ui.components;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Date fields that read a date the way Servewell shows one. Every page shows a day as "1
 * Dec 2026"; a date field shows its value the same way and reads what is typed day first
 * (1/12/2026 is the first of December, as in the UK) or as an ISO date (2026-12-01).
 * Without this the picker followed the browser's locale, so in a US-English browser
 * 1/12/2026 meant 12 January and ISO dates were refused.
 * <p>
 * The browser parses what is typed: the formats are date-fns patterns there, and for the
 * letters used here (d, M, MMM, yyyy) they mean what they mean in
 * {@link DateTimeFormatter}.
 */
public final class DateFields {

	/** How Servewell shows a day. */
	public static final String SHOWN_FORMAT = "d MMM yyyy";

	/** A day as Servewell shows it: "1 Dec 2026". */
	public static final DateTimeFormatter DAY = Formats.DAY;

	private static final String DAY_FIRST_FORMAT = "d/M/yyyy";

	private static final String ISO_FORMAT = "yyyy-MM-dd";

	/** Weeks start on Monday in the calendar, as in the UK. */
	private static final int MONDAY = 1;

	private DateFields() {
	}

	/** A date field labelled {@code label} that reads dates as Servewell shows them. */
	public static DatePicker datePicker(String label) {
		DatePicker picker = new DatePicker(label);
		picker.setLocale(Locale.UK);
		picker.setI18n(new DatePicker.DatePickerI18n().setDateFormats(SHOWN_FORMAT, DAY_FIRST_FORMAT, ISO_FORMAT)
			.setFirstDayOfWeek(MONDAY));
		return picker;
	}

}
