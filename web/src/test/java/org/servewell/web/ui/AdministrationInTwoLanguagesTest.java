package org.servewell.web.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.apiaccess.ApiTokensView;
import org.servewell.web.ui.assignments.AssignmentsView;
import org.servewell.web.ui.audit.AuditView;
import org.servewell.web.ui.components.ProblemList;
import org.servewell.web.ui.people.EmployeeImportView;
import org.servewell.web.ui.people.PeopleView;
import org.servewell.web.ui.reminders.RemindersView;
import org.servewell.web.ui.webhooks.WebhooksView;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration screens in the page's language: German words, dates and date pickers
 * for a German-speaking reader, English word for word as before for everyone else.
 */
class AdministrationInTwoLanguagesTest extends ViewTest {

	@Test
	@WithUserDetails(ADMIN)
	void a_german_speaking_administrator_manages_people_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		PeopleView view = navigate(PeopleView.class);

		assertThat(view.getPageTitle()).isEqualTo("Personen");
		assertThat(headers(find(Grid.class).single())).contains("Name", "E-Mail", "Rollen", "Abteilung", "Tätigkeit");
		assertThat(view.getElement().getTextRecursively()).contains("Personen", "Aus CSV importieren")
			.doesNotContain("Import from CSV");
		test(find(Button.class).withText("Person hinzufügen").single()).click();
		assertThat(find(DatePicker.class).withCaption("Eintrittsdatum").single().getI18n().getDateFormats())
			.containsExactly("d.M.yyyy", "yyyy-MM-dd");
		assertThat(find(Button.class).all()).extracting(Button::getText).contains("Speichern", "Abbrechen");
	}

	@Test
	@WithUserDetails(ADMIN)
	void an_english_speaking_administrator_manages_people_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);

		PeopleView view = navigate(PeopleView.class);

		assertThat(view.getPageTitle()).isEqualTo("People");
		assertThat(headers(find(Grid.class).single())).contains("Name", "Email", "Roles", "Department", "Job role");
		assertThat(view.getElement().getTextRecursively()).contains("People", "Import from CSV");
		test(find(Button.class).withText("Add person").single()).click();
		DatePicker start = find(DatePicker.class).withCaption("Start date").single();
		assertThat(start.getI18n().getDateFormats()).containsExactly("d MMM yyyy", "d/M/yyyy", "yyyy-MM-dd");
		assertThat(start.getI18n().getMonthNames()).startsWith("January");
		assertThat(start.getLocale()).isEqualTo(Locale.UK);
	}

	@Test
	@WithUserDetails(HR)
	void a_german_speaking_hr_person_reads_the_employee_import_and_its_upload_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		EmployeeImportView view = navigate(EmployeeImportView.class);

		assertThat(view.getPageTitle()).isEqualTo("Mitarbeitende importieren");
		assertThat(view.getElement().getTextRecursively()).contains("Vorlage herunterladen (CSV)", "höchstens 10 MB")
			.doesNotContain("Upload a CSV file");
		Upload upload = find(Upload.class).single();
		assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Datei hier ablegen");
		assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("Die Datei ist zu groß.");
	}

	@Test
	@WithUserDetails(HR)
	void an_english_speaking_hr_person_reads_the_employee_import_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);

		EmployeeImportView view = navigate(EmployeeImportView.class);

		assertThat(view.getPageTitle()).isEqualTo("Import employees");
		assertThat(view.getElement().getTextRecursively()).contains("Download the template (CSV)", "at most 10 MB");
		assertThat(find(Upload.class).single().getI18n().getDropFiles().getOne()).isEqualTo("Drop file here");
	}

	@Test
	@WithUserDetails(TRAINER)
	void a_german_speaking_trainer_reads_the_assignment_rules_and_the_audit_log_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		AssignmentsView assignments = navigate(AssignmentsView.class);
		assertThat(assignments.getPageTitle()).isEqualTo("Zuweisungen");
		assertThat(headers(find(Grid.class).single())).contains("Abteilung", "Gibt", "Fällig", "Seit");
		test(find(Button.class).withText("Von Hand zuweisen").single()).click();
		assertThat(find(DatePicker.class).withCaption("Fällig").single().getI18n().getMonthNames())
			.startsWith("Januar");

		AuditView audit = navigate(AuditView.class);
		assertThat(audit.getPageTitle()).isEqualTo("Änderungsprotokoll");
		assertThat(headers(find(Grid.class).single())).containsExactly("Wann", "Wer", "Was", "Gegenstand",
				"Einzelheiten");
		assertThat(audit.getElement().getTextRecursively()).contains("neueste zuerst").doesNotContain("newest first");
		DatePicker from = find(DatePicker.class).withCaption("Von").single();
		assertThat(from.getI18n().getWeekdays()).startsWith("Sonntag", "Montag");
		assertThat(from.getI18n().getFirstDayOfWeek()).isEqualTo(1);
		assertThat(from.getI18n().getToday()).isEqualTo("Heute");
	}

	@Test
	@WithUserDetails(TRAINER)
	void an_english_speaking_trainer_reads_the_assignment_rules_and_the_audit_log_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);

		AssignmentsView assignments = navigate(AssignmentsView.class);
		assertThat(assignments.getPageTitle()).isEqualTo("Assignments");
		assertThat(headers(find(Grid.class).single())).contains("Department", "Gives", "Due", "Since");

		AuditView audit = navigate(AuditView.class);
		assertThat(audit.getPageTitle()).isEqualTo("Audit log");
		assertThat(headers(find(Grid.class).single())).containsExactly("When", "Who", "What", "Subject", "Detail");
		assertThat(audit.getElement().getTextRecursively()).contains("newest first");
	}

	@Test
	@WithUserDetails(ADMIN)
	void a_german_speaking_administrator_reads_api_tokens_webhooks_and_reminders_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		ApiTokensView tokens = navigate(ApiTokensView.class);
		assertThat(tokens.getPageTitle()).isEqualTo("API-Token");
		assertThat(find(Button.class).all()).extracting(Button::getText).contains("Token erstellen");
		assertThat(find(DatePicker.class).withCaption("Gültig bis").single().getI18n().getDateFormats())
			.startsWith("d.M.yyyy");

		WebhooksView webhooks = navigate(WebhooksView.class);
		assertThat(webhooks.getPageTitle()).isEqualTo("Webhooks");
		assertThat(webhooks.getElement().getTextRecursively()).contains("Registrierte Webhooks", "Letzte Zustellungen")
			.doesNotContain("Recent deliveries");

		RemindersView reminders = navigate(RemindersView.class);
		assertThat(reminders.getPageTitle()).isEqualTo("Erinnerungen");
		assertThat(reminders.getElement().getTextRecursively()).contains("Erinnerungsmails sind")
			.doesNotContain("Reminder mails are");
		assertThat(ProblemList.badge(2).getText()).isEqualTo("2 Probleme");
	}

	@Test
	@WithUserDetails(ADMIN)
	void an_english_speaking_administrator_reads_api_tokens_webhooks_and_reminders_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);

		ApiTokensView tokens = navigate(ApiTokensView.class);
		assertThat(tokens.getPageTitle()).isEqualTo("API tokens");
		assertThat(find(Button.class).all()).extracting(Button::getText).contains("Create token");
		assertThat(headers(find(Grid.class).single())).contains("Valid until", "Last used");

		WebhooksView webhooks = navigate(WebhooksView.class);
		assertThat(webhooks.getElement().getTextRecursively()).contains("Registered webhooks", "Recent deliveries");

		RemindersView reminders = navigate(RemindersView.class);
		assertThat(reminders.getPageTitle()).isEqualTo("Reminders");
		assertThat(reminders.getElement().getTextRecursively()).contains("Reminder mails are");
		assertThat(ProblemList.badge(1).getText()).isEqualTo("1 problem");
		assertThat(ProblemList.badge(0).getText()).isEqualTo("OK");
	}

	private static List<String> headers(Grid<?> grid) {
		return grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
	}

}
