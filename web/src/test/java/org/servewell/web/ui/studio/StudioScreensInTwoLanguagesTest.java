package org.servewell.web.ui.studio;

import java.util.Locale;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servewell.authoring.AuthoringNotFoundException;
import org.servewell.authoring.DraftService;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trainer's studio in the page's language: German for a German-speaking trainer, and
 * English, word for word as before, for everyone else. Each test starts a fresh draft of
 * one course and discards it afterwards; nothing is published.
 */
class StudioScreensInTwoLanguagesTest extends ViewTest {

	private static final String COURSE = "dignity-for-everyone";

	@Autowired
	DraftService drafts;

	@Test
	@WithUserDetails(TRAINER)
	void a_german_speaking_trainer_reads_the_course_list_and_the_new_course_dialog_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		StudioView view = navigate(StudioView.class);

		assertThat(view.getPageTitle()).isEqualTo("Studio");
		assertThat(view.newCourse.getText()).isEqualTo("Neuer Kurs");
		assertThat(view.importCourse.getText()).isEqualTo("Kurs importieren (ZIP)");
		assertThat(view.courses.getColumns()).extracting((column) -> column.getHeaderText())
			.containsExactly("Kurs", "Kennung", "Veröffentlicht", "Entwurf");
		assertThat(view.getElement().getTextRecursively()).contains("Schreiben und verbessern Sie Kurse")
			.doesNotContain("Write and improve");
		test(view.newCourse).click();
		Dialog dialog = find(Dialog.class).single();
		assertThat(dialog.getHeaderTitle()).isEqualTo("Neuer Kurs");
		assertThat(find(Button.class, dialog).all()).extracting(Button::getText)
			.contains("Abbrechen", "Entwurf anlegen")
			.doesNotContain("Cancel", "Create draft");
	}

	@Test
	@WithUserDetails(TRAINER)
	void an_english_speaking_trainer_reads_the_course_list_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);

		StudioView view = navigate(StudioView.class);

		assertThat(view.newCourse.getText()).isEqualTo("New course");
		assertThat(view.importCourse.getText()).isEqualTo("Import course (zip)");
		assertThat(view.courses.getColumns()).extracting((column) -> column.getHeaderText())
			.containsExactly("Course", "Id", "Published", "Draft");
		assertThat(test(view.courses).getCellText(0, 2)).matches("v\\d+, \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d\\d:\\d\\d");
	}

	@Test
	@WithUserDetails(TRAINER)
	void a_german_speaking_trainer_edits_a_draft_its_lessons_and_scenarios_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);
		CourseStudioView view = openFreshDraft();

		assertThat(view.getPageTitle()).startsWith("Studio: ");
		assertThat(view.readiness.getText()).isEqualTo("Bereit zur Veröffentlichung");
		assertThat(view.status.getText()).matches("Entwurf von Version \\d+, kopiert aus Version \\d+\\. .*")
			.contains("Zuletzt geändert von");
		assertThat(view.toolbar.publish.getText()).isEqualTo("Veröffentlichen");
		assertThat(view.details.save.getText()).isEqualTo("Details speichern");
		assertThat(view.details.passMark.getLabel()).isEqualTo("Bestehensgrenze (%)");
		assertThat(view.details.minutes.getValue()).startsWith("Etwa ").endsWith(" Minuten");

		showTab(view, 1);
		test(view.lessons.grid).doubleClickRow(0);
		LessonEditor lesson = (LessonEditor) find(Dialog.class).single();
		assertThat(lesson.getHeaderTitle()).isEqualTo("Lektion bearbeiten");
		assertThat(lesson.save.getText()).isEqualTo("Lektion speichern");
		test(lesson.title).setValue("");
		test(lesson.save).click();
		assertThat(lesson.title.getErrorMessage()).isEqualTo("Geben Sie der Lektion einen Titel.");
		lesson.close();

		showTab(view, 2);
		assertThat(view.bank.grid.getColumns()).extracting((column) -> column.getHeaderText())
			.contains("Szenario", "Eigenschaften", "Prüfungen", "Aufgabenanalyse");
		test(view.bank.grid).doubleClickRow(0);
		ScenarioEditor editor = (ScenarioEditor) find(Dialog.class).single();
		assertThat(editor.getHeaderTitle()).isEqualTo("Szenario bearbeiten");
		OptionRow best = editor.rows.stream().filter((row) -> row.rating.getValue() == 4).findFirst().orElseThrow();
		assertThat(best.rating.getLabel()).isEqualTo("Bewertung");
		test(best.rating).selectItem("3 – akzeptabel");
		assertThat(editor.check()).contains("Bewerten Sie genau eine Antwort als beste Reaktion (4).")
			.noneMatch((message) -> message.contains("Rate exactly"));
		editor.close();
	}

	@Test
	@WithUserDetails(TRAINER)
	void an_english_speaking_trainer_edits_a_draft_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		CourseStudioView view = openFreshDraft();

		assertThat(view.readiness.getText()).isEqualTo("Ready to publish");
		assertThat(view.status.getText())
			.matches("Draft of version \\d+, copied from version \\d+\\. Last changed by .*");
		assertThat(view.details.minutes.getValue()).matches("About \\d+ minutes");
		showTab(view, 2);
		test(view.bank.grid).doubleClickRow(0);
		ScenarioEditor editor = (ScenarioEditor) find(Dialog.class).single();
		assertThat(editor.getHeaderTitle()).isEqualTo("Edit scenario");
		OptionRow best = editor.rows.stream().filter((row) -> row.rating.getValue() == 4).findFirst().orElseThrow();
		test(best.rating).selectItem("3 - acceptable");
		assertThat(editor.check()).contains("Rate exactly one option as the best response (4).");
		editor.close();
	}

	@Test
	@WithUserDetails(TRAINER)
	void a_german_speaking_trainer_publishes_and_imports_gift_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);
		CourseStudioView view = openFreshDraft();

		test(view.toolbar.publish).click();
		PublishDialog publish = (PublishDialog) find(Dialog.class).single();
		assertThat(publish.getHeaderTitle()).matches("Version \\d+ veröffentlichen");
		assertThat(publish.getElement().getTextRecursively()).contains("Die Version wird endgültig.");
		test(find(Button.class, publish).withText("Veröffentlichen").single()).click();
		assertThat(find(Dialog.class).single()).isSameAs(publish);
		publish.close();

		showTab(view, 2);
		test(find(Button.class).withText("GIFT importieren").single()).click();
		Dialog gift = find(Dialog.class).single();
		assertThat(gift.getHeaderTitle()).isEqualTo("Szenarien aus GIFT (Moodle) importieren");
		assertThat(gift.getElement().getTextRecursively()).contains("Multiple-Choice-Fragen werden zu Szenarien")
			.doesNotContain("Multiple-choice questions become");
	}

	@Test
	@WithUserDetails(TRAINER)
	void an_english_speaking_trainer_publishes_and_imports_gift_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);
		CourseStudioView view = openFreshDraft();

		test(view.toolbar.publish).click();
		PublishDialog publish = (PublishDialog) find(Dialog.class).single();
		assertThat(publish.getHeaderTitle()).matches("Publish version \\d+");
		publish.close();
		showTab(view, 2);
		test(find(Button.class).withText("Import GIFT").single()).click();
		assertThat(find(Dialog.class).single().getHeaderTitle()).isEqualTo("Import scenarios from GIFT (Moodle)");
	}

	@AfterEach
	void discardDraft() {
		try {
			SignedIn.run(TRAINER, () -> this.drafts.discardDraft(COURSE), Roles.TRAINER);
		}
		catch (AuthoringNotFoundException ex) {
			// No draft open.
		}
	}

	private CourseStudioView openFreshDraft() {
		discardDraft();
		CourseStudioView view = navigate(CourseStudioView.class, COURSE);
		test(view.toolbar.startDraft).click();
		return view;
	}

	private void showTab(CourseStudioView view, int index) {
		test(view.tabs).select(index);
		MockVaadin.clientRoundtrip();
	}

}
