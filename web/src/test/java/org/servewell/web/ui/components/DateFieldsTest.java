package org.servewell.web.ui.components;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.assignments.AssignmentsView;
import org.servewell.web.ui.audit.AuditView;
import org.servewell.web.ui.people.PeopleView;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Date fields read dates the way the app shows them. The browser's date picker parses
 * what is typed with the formats set here (the real-browser proof is
 * {@code DateEntryJourneyTest}); these tests check the formats every date field is given.
 */
class DateFieldsTest extends ViewTest {

	@Test
	void a_date_field_shows_dates_as_the_app_does_and_reads_day_first_and_iso_dates() {
		DatePicker picker = DateFields.datePicker("Due");

		List<String> formats = picker.getI18n().getDateFormats();
		assertThat(formats).containsExactly("d MMM yyyy", "d/M/yyyy", "yyyy-MM-dd");
		LocalDate firstOfDecember = LocalDate.of(2026, 12, 1);
		assertThat(DateTimeFormatter.ofPattern(formats.get(0), Locale.ENGLISH).format(firstOfDecember))
			.isEqualTo(DateFields.DAY.format(firstOfDecember))
			.isEqualTo("1 Dec 2026");
		assertThat(LocalDate.parse("1/12/2026", DateTimeFormatter.ofPattern(formats.get(1), Locale.ENGLISH)))
			.isEqualTo(firstOfDecember);
		assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
	}

	@Test
	@WithUserDetails(TRAINER)
	void audit_date_filters_read_day_first_and_iso_dates() {
		AuditView view = navigate(AuditView.class);

		for (DatePicker picker : find(DatePicker.class).from(view).all()) {
			assertThat(picker.getI18n()).as(picker.getLabel()).isNotNull();
			assertThat(picker.getI18n().getDateFormats()).as(picker.getLabel())
				.containsExactly("d MMM yyyy", "d/M/yyyy", "yyyy-MM-dd");
		}
	}

	@Test
	@WithUserDetails(TRAINER)
	void the_due_date_of_a_manual_assignment_reads_day_first_and_iso_dates() {
		navigate(AssignmentsView.class);
		test(find(com.vaadin.flow.component.button.Button.class).withText("Assign by hand").single()).click();

		DatePicker due = find(DatePicker.class).withCaption("Due").single();
		assertThat(due.getI18n()).isNotNull();
		assertThat(due.getI18n().getDateFormats()).containsExactly("d MMM yyyy", "d/M/yyyy", "yyyy-MM-dd");
	}

	@Test
	@WithUserDetails(ADMIN)
	void a_new_persons_start_date_reads_day_first_and_iso_dates() {
		navigate(PeopleView.class);
		test(find(com.vaadin.flow.component.button.Button.class).withText("Add person").single()).click();

		DatePicker start = find(DatePicker.class).withCaption("Start date").single();
		assertThat(start.getI18n()).isNotNull();
		assertThat(start.getI18n().getDateFormats()).containsExactly("d MMM yyyy", "d/M/yyyy", "yyyy-MM-dd");
	}

}
