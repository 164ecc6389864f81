package org.servewell.web.ui.reports;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.router.HasDynamicTitle;
import org.junit.jupiter.api.Test;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.progress.ProgressView;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports and the progress page in the page's language: German for a German-speaking
 * manager or HR, English, word for word as before, for everyone else. The people, courses
 * and positions in them are data and keep their own words.
 */
class ReportScreensInTwoLanguagesTest extends ViewTest {

	@Test
	@WithUserDetails(MANAGER)
	void a_german_speaking_manager_reads_the_progress_of_their_team_and_of_one_person_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		ProgressView view = navigate(ProgressView.class);

		assertThat(view.getPageTitle()).isEqualTo("Fortschritt");
		assertThat(text(view))
			.contains("Fortschritt", "Alle in Ihrem Team mit einem Kurs",
					"Wählen Sie einen Kurs, um jede Person zu sehen")
			.doesNotContain("Everyone", "Choose a course");
		@SuppressWarnings("unchecked")
		Grid<Object> courses = find(Grid.class).single();
		assertThat(headers(courses)).containsExactly("Kurs", "Zugewiesen", "Nicht begonnen", "In Bearbeitung",
				"Abgeschlossen", "Abgelaufen", "Überfällig");
		test(courses).select(0);
		@SuppressWarnings("unchecked")
		List<Grid<Object>> grids = find(Grid.class).all().stream().map((grid) -> (Grid<Object>) grid).toList();
		assertThat(headers(grids.get(1))).containsExactly("Name", "Abteilung", "Fällig", "Status", "Quizversuche",
				"Bestes Ergebnis");
		test(grids.get(1)).clickRow(0);
		Dialog person = find(Dialog.class).single();
		assertThat(find(Button.class, person).all()).extracting(Button::getText).containsExactly("Schließen");
	}

	@Test
	@WithUserDetails(MANAGER)
	void an_english_speaking_manager_reads_the_progress_page_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);

		ProgressView view = navigate(ProgressView.class);

		assertThat(view.getPageTitle()).isEqualTo("Progress");
		assertThat(text(view)).contains("Everyone in your team with a course and how far they are.",
				"Choose a course to see each person");
		@SuppressWarnings("unchecked")
		Grid<Object> courses = find(Grid.class).first();
		assertThat(headers(courses)).containsExactly("Course", "Assigned", "Not started", "In progress", "Complete",
				"Expired", "Overdue");
	}

	@Test
	@WithUserDetails(HR)
	void german_speaking_hr_finds_every_report_described_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		ReportsView view = navigate(ReportsView.class);

		assertThat(view.getPageTitle()).isEqualTo("Berichte");
		assertThat(find(Card.class).all()).extracting(Card::getTitleAsText)
			.containsExactly("Abschlussmatrix", "Überfällig und bald fällig", "Ergebnisse nach Service-Eigenschaft",
					"Einstellungstrichter", "Sagen Vorstellungsgespräche den Lernerfolg voraus?");
		assertThat(text(view)).contains("Matrix öffnen", "als CSV herunterladen")
			.doesNotContain("Open the", "Download", "Everyone by course");
	}

	@Test
	@WithUserDetails(MANAGER)
	void an_english_speaking_manager_finds_the_reports_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);

		ReportsView view = navigate(ReportsView.class);

		assertThat(view.getPageTitle()).isEqualTo("Reports");
		assertThat(find(Card.class).all()).extracting(Card::getTitleAsText)
			.containsExactly("Completion matrix", "Overdue and due soon", "Results by service trait");
		assertThat(text(view)).contains("These reports cover the people who report to you.", "Open the matrix",
				"Open the overdue list", "Open trait results");
	}

	@Test
	@WithUserDetails(HR)
	void german_speaking_hr_filters_the_completion_matrix_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		CompletionMatrixView view = navigate(CompletionMatrixView.class);

		assertThat(view.getPageTitle()).isEqualTo("Abschlussmatrix");
		assertThat(view.filters.department.getLabel()).isEqualTo("Abteilung");
		assertThat(view.filters.path.getLabel()).isEqualTo("Einarbeitungspfad");
		assertThat(view.filters.clear.getText()).isEqualTo("Filter entfernen");
		assertThat(headers(view.grid)).startsWith("Person", "Abteilung", "Führungskraft", "Erledigt", "Überfällig");
		assertThat(text(view)).contains("Alle, die sich anmelden können, nach Kurs", "CSV herunterladen")
			.doesNotContain("Everyone who can sign in", "Download CSV");

		test(view.filters.status).selectItem("Überfällig");

		assertThat(view.filters.status.getValue()).hasToString("OVERDUE");
	}

	@Test
	@WithUserDetails(HR)
	void english_speaking_hr_reads_the_completion_matrix_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);

		CompletionMatrixView view = navigate(CompletionMatrixView.class);

		assertThat(view.getPageTitle()).isEqualTo("Completion matrix");
		assertThat(view.filters.clear.getText()).isEqualTo("Clear filters");
		assertThat(headers(view.grid)).startsWith("Person", "Department", "Manager", "Complete", "Overdue");
		assertThat(text(view)).contains("Everyone who can sign in, by course", "Download CSV");
	}

	@Test
	@WithUserDetails(MANAGER)
	void a_german_speaking_manager_reads_the_overdue_list_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		OverdueView view = navigate(OverdueView.class);

		assertThat(view.getPageTitle()).isEqualTo("Überfällig und bald fällig");
		assertThat(view.total.getText()).endsWith("Kurszuweisungen");
		assertThat(view.filters.window.getLabel()).isEqualTo("Anzeigen");
		test(view.filters.window).selectItem("Überfällig oder in 30 Tagen fällig");
		assertThat(headers(view.grid)).containsExactly("Person", "Abteilung", "Kurs", "Fällig", "Führungskraft",
				"Letzte Erinnerung");
		assertThat(text(view)).contains("Schulungen der Personen, die Ihnen unterstellt sind")
			.doesNotContain("Training of", "Download CSV");
	}

	@Test
	@WithUserDetails(MANAGER)
	void an_english_speaking_manager_reads_the_overdue_list_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);

		OverdueView view = navigate(OverdueView.class);

		assertThat(view.getPageTitle()).isEqualTo("Overdue and due soon");
		assertThat(view.total.getText()).endsWith(" course assignments");
		test(view.filters.window).selectItem("Overdue or due within 30 days");
		assertThat(headers(view.grid)).contains("Person", "Last reminder");
		assertThat(text(view)).contains("Training of the people who report to you");
	}

	@Test
	@WithUserDetails(MANAGER)
	void a_german_speaking_manager_reads_the_trait_results_and_the_trend_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		TraitResultsView view = navigate(TraitResultsView.class);

		assertThat(view.getPageTitle()).isEqualTo("Ergebnisse nach Service-Eigenschaft");
		assertThat(view.period.getLabel()).isEqualTo("Antworten abgegeben");
		assertThat(text(view)).contains("Jede Zahl ist die mittlere Punktzahl", "Abschlüsse im Zeitverlauf")
			.doesNotContain("Each number", "Completions over time", "Download CSV");

		test(view.period).selectItem("Jederzeit");

		assertThat(text(view)).contains("Ihr Team", "Farben:").doesNotContain("Your team", "Colours");
	}

	@Test
	@WithUserDetails(MANAGER)
	void an_english_speaking_manager_reads_the_trait_results_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);

		TraitResultsView view = navigate(TraitResultsView.class);

		test(view.period).selectItem("At any time");

		assertThat(view.getPageTitle()).isEqualTo("Results by service trait");
		assertThat(text(view)).contains("Each number is the mean credit", "Completions over time", "Your team",
				"Colours:");
	}

	@Test
	@WithUserDetails(HR)
	void german_speaking_hr_reads_the_hiring_funnel_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		HiringFunnelView view = navigate(HiringFunnelView.class);

		assertThat(view.getPageTitle()).isEqualTo("Einstellungstrichter");
		assertThat(view.from.getLabel()).isEqualTo("Hinzugefügt ab");
		assertThat(headers(view.positions)).startsWith("Stelle", "Hinzugefügt", "Im Gespräch", "Entschieden",
				"Eingestellt");
		assertThat(text(view)).contains("Alle Stellen", "Tabelle als CSV herunterladen")
			.doesNotContain("Every position", "Download");
		if (view.position.getValue() != null) {
			assertThat(view.chart.summary.getText()).startsWith("Von ");
			assertThat(find(Image.class, view.chart).single().getAlt()).hasValueSatisfying(
					(alt) -> assertThat(alt).startsWith("Einstellungstrichter für " + view.position.getValue()));
		}
	}

	@Test
	@WithUserDetails(HR)
	void english_speaking_hr_reads_the_hiring_funnel_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);

		HiringFunnelView view = navigate(HiringFunnelView.class);

		assertThat(view.getPageTitle()).isEqualTo("Hiring funnel");
		assertThat(headers(view.positions)).startsWith("Position", "Added", "Interviewed", "Decided", "Hired");
		assertThat(text(view)).contains("Every position", "Download the table as CSV");
	}

	@Test
	@WithUserDetails(HR)
	void german_speaking_hr_reads_whether_interviews_predict_learning_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		InterviewPredictionView view = navigate(InterviewPredictionView.class);

		assertThat(view.getPageTitle()).isEqualTo("Sagen Vorstellungsgespräche den Lernerfolg voraus?");
		assertThat(view.position.getValue()).isEqualTo("Alle Stellen");
		assertThat(headers(view.traits)).containsExactly("Eigenschaft", "Personen", "r", "Deutung");
		assertThat(text(view))
			.contains("Übereinstimmung der Interviewenden", "Je Eigenschaft", "Zahlen als CSV herunterladen",
					"von −0,25 bis 0,87")
			.doesNotContain("Per trait", "Download", "Interviewer agreement");
	}

	@Test
	@WithUserDetails(HR)
	void english_speaking_hr_reads_whether_interviews_predict_learning_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);

		InterviewPredictionView view = navigate(InterviewPredictionView.class);

		assertThat(view.getPageTitle()).isEqualTo("Do interviews predict learning?");
		assertThat(view.position.getValue()).isEqualTo("All positions");
		assertThat(headers(view.traits)).containsExactly("Trait", "People", "r", "Reading");
		assertThat(text(view)).contains("Interviewer agreement", "Per trait", "Download the figures as CSV",
				"from −0.25 to 0.87");
	}

	private static String text(HasDynamicTitle view) {
		return ((Component) view).getElement().getTextRecursively();
	}

	private static List<String> headers(Grid<?> grid) {
		return grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
	}

}
