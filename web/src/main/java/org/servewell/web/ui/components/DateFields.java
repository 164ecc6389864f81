package org.servewell.web.ui.components;

import java.text.DateFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Date fields that read a date the way the page's language writes one. In English a date
 * field shows its value as every page shows a day ("1 Dec 2026") and reads what is typed
 * day first (1/12/2026 is the first of December, as in the UK) or as an ISO date
 * (2026-12-01); in German it shows and reads "1.12.2026" and ISO dates. Without this the
 * picker followed the browser's locale, so in a US-English browser 1/12/2026 meant 12
 * January and ISO dates were refused. The calendar's month and weekday names are the
 * page's language's (from {@link DateFormatSymbols}), and weeks start on Monday.
 * <p>
 * The browser parses what is typed: the formats are date-fns patterns there, and for the
 * letters used here (d, M, MMM, yyyy) they mean what they mean in
 * {@link DateTimeFormatter}. The browser writes "MMM" in English, so a German field shows
 * the month as a number.
 */
public final class DateFields {

	/** How Servewell shows a day in English. */
	public static final String SHOWN_FORMAT = "d MMM yyyy";

	/** A day as Servewell shows it in English: "1 Dec 2026". */
	public static final DateTimeFormatter DAY = Formats.DAY;

	private static final String DAY_FIRST_FORMAT = "d/M/yyyy";

	private static final String GERMAN_FORMAT = "d.M.yyyy";

	private static final String ISO_FORMAT = "yyyy-MM-dd";

	/** Weeks start on Monday in the calendar, as in the UK and Germany. */
	private static final int MONDAY = 1;

	private DateFields() {
	}

	/**
	 * A date field labelled {@code label} that reads dates in the page's language, and
	 * follows the page's language again when it is shown.
	 */
	public static DatePicker datePicker(String label) {
		DatePicker picker = new DatePicker(label);
		UI current = UI.getCurrent();
		inLanguage(picker, (current != null) ? current.getLocale() : Locale.ENGLISH);
		picker.addAttachListener((attach) -> inLanguage(picker, attach.getUI().getLocale()));
		return picker;
	}

	/**
	 * Sets the picker's locale, formats, month and weekday names and buttons for a
	 * language: German reads "1.12.2026"; every other language reads as in English.
	 */
	static void inLanguage(DatePicker picker, Locale language) {
		boolean german = Locale.GERMAN.getLanguage().equals(language.getLanguage());
		Locale locale = german ? language : Locale.UK;
		DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
		picker.setLocale(locale);
		picker.setI18n(new DatePicker.DatePickerI18n()
			.setDateFormats(german ? GERMAN_FORMAT : SHOWN_FORMAT,
					german ? new String[] { ISO_FORMAT } : new String[] { DAY_FIRST_FORMAT, ISO_FORMAT })
			.setFirstDayOfWeek(MONDAY)
			.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
			.setWeekdays(weekdays(symbols.getWeekdays()))
			.setWeekdaysShort(weekdays(symbols.getShortWeekdays()))
			.setToday(picker.getTranslation(locale, "components.date.today"))
			.setCancel(picker.getTranslation(locale, "components.date.cancel")));
	}

	/** Sunday to Saturday: {@link DateFormatSymbols} leaves the first place empty. */
	private static List<String> weekdays(String[] names) {
		return Arrays.asList(names).subList(1, 8);
	}

}
