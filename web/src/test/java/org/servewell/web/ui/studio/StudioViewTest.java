package org.servewell.web.ui.studio;

import java.util.List;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.servewell.authoring.AuthoringNotFoundException;
import org.servewell.authoring.CourseAuditSubject;
import org.servewell.authoring.DraftService;
import org.servewell.authoring.PublishingService;
import org.servewell.authoring.DraftView;
import org.servewell.catalog.VersionSummary;
import org.servewell.learning.ItemAnalysis;
import org.servewell.learning.ItemAnalysisService;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.NotFoundView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The studio's screens. Publishing here republishes a bundled course unchanged, so other
 * view tests sharing the database see the same catalogue.
 */
class StudioViewTest extends ViewTest {

	private static final String COURSE = "first-time-every-time";

	/**
	 * A course no other view test answers, so its item analysis is this class's alone.
	 */
	private static final String FLAGGED_COURSE = "service-commitment-for-leads";

	@Autowired
	DraftService drafts;

	@Autowired
	PublishingService publishing;

	@Autowired
	org.servewell.learning.AttemptService attempts;

	@Autowired
	org.servewell.people.PeopleService people;

	@Autowired
	org.servewell.audit.AuditTrail audit;

	@Autowired
	ItemAnalysisService itemAnalysis;

	@Test
	@WithUserDetails(TRAINER)
	void trainer_sees_every_course_with_its_newest_version() {
		StudioView view = navigate(StudioView.class);

		assertThat(test(view.courses).size()).isEqualTo(5);
		assertThat(test(view.courses).getCellText(0, 2)).matches("v\\d+, .*");
	}

	@Test
	@WithUserDetails(TRAINER)
	void scenario_without_a_best_option_is_flagged_while_typing_and_beside_it_after_saving() {
		CourseStudioView view = openFreshDraft();
		assertThat(view.readiness.getText()).isEqualTo("Ready to publish");
		showTab(view, 2);

		test(view.bank.grid).doubleClickRow(0);
		ScenarioEditor editor = (ScenarioEditor) find(Dialog.class).single();
		OptionRow best = editor.rows.stream().filter((row) -> row.rating.getValue() == 4).findFirst().orElseThrow();
		test(best.rating).selectItem("3 - acceptable");

		assertThat(editor.check()).contains("Rate exactly one option as the best response (4).");
		assertThat(best.rating.isInvalid()).isFalse();
		test(editor.save).click();

		assertThat(test(view.bank.grid).getCellText(0, 2)).isEqualTo("1 problem");
		assertThat(view.readiness.getText()).isEqualTo("1 problem to fix");
		assertThat(view.toolbar.publish.isEnabled()).isFalse();
	}

	@Test
	@WithUserDetails(TRAINER)
	void saving_a_scenario_someone_changed_meanwhile_is_refused_and_says_who() {
		CourseStudioView view = openFreshDraft();
		showTab(view, 2);
		test(view.bank.grid).doubleClickRow(0);
		ScenarioEditor editor = (ScenarioEditor) find(Dialog.class).single();
		DraftView.Scenario before = this.drafts.draft(COURSE).scenarios().get(0);
		this.drafts.saveScenario(COURSE,
				new DraftView.Scenario(before.id(), before.key(), "Changed in another tab", before.situation(),
						before.prompt(), before.traits(), before.source(), before.options(), before.version(), null,
						null));

		test(editor.title).setValue("My change");
		test(editor.save).click();

		assertThat(find(Notification.class).all())
			.anySatisfy((notification) -> assertThat(test(notification).getText()).contains("changed scenario")
				.contains("Nothing was saved"));
		assertThat(this.drafts.draft(COURSE).scenarios().get(0).title()).isEqualTo("Changed in another tab");
		assertThat(test(view.bank.grid).getCellText(0, 0)).isEqualTo("Changed in another tab");
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_publishes_with_a_change_note_and_sees_the_new_version_and_who_keyed_it() {
		CourseStudioView view = openFreshDraft();
		int before = this.publishing.courses()
			.stream()
			.filter((course) -> course.code().equals(COURSE))
			.findFirst()
			.orElseThrow()
			.versions()
			.size();

		test(view.toolbar.publish).click();
		Dialog dialog = find(Dialog.class).single();
		TextArea note = find(TextArea.class, dialog).single();
		test(note).setValue("Clearer wording in lesson two.");
		test(find(Button.class, dialog).withText("Publish").single()).click();

		List<VersionSummary> versions = view.versions.grid.getListDataView().getItems().toList();
		assertThat(versions).hasSize(before + 1);
		assertThat(versions.get(0).changeNote()).isEqualTo("Clearer wording in lesson two.");
		assertThat(view.versions.keyedBy(versions.get(0)))
			.isEqualTo("A single author's key: no other trainer keyed this version.");
		assertThat(view.versions.keyedBy(versions.get(versions.size() - 1)))
			.isEqualTo("From the content files, keyed by their authors.");
		assertThat(view.readiness.getText()).isEqualTo("No draft");
		assertThat(view.toolbar.startDraft.isVisible()).isTrue();
	}

	@Test
	@WithUserDetails(TRAINER)
	void discarding_asks_first_and_leaves_the_published_version_alone() {
		CourseStudioView view = openFreshDraft();

		test(view.toolbar.discard).click();
		test(find(ConfirmDialog.class).single()).confirm();

		assertThat(view.readiness.getText()).isEqualTo("No draft");
		assertThat(view.versions.grid.getListDataView().getItems()).isNotEmpty();
	}

	@Test
	@WithUserDetails(TRAINER)
	void details_with_a_pass_mark_over_100_are_refused_at_the_field_and_not_saved() {
		CourseStudioView view = openFreshDraft();
		showTab(view, 0);
		int before = this.drafts.draft(COURSE).details().quiz().passMark();

		view.details.passMark.setValue(101);
		test(view.details.save).click();

		assertThat(view.details.passMark.isInvalid()).isTrue();
		assertThat(view.details.passMark.getErrorMessage()).isEqualTo("Enter a whole number from 1 to 100.");
		assertThat(this.drafts.draft(COURSE).details().quiz().passMark()).isEqualTo(before);
	}

	@Test
	@WithUserDetails(TRAINER)
	void history_tab_shows_the_latest_changes_to_the_course_when_opened() {
		CourseStudioView view = openFreshDraft();
		showTab(view, 0);
		test(view.details.save).click();

		showTab(view, 5);

		HistoryTab history = find(HistoryTab.class).single();
		assertThat(test(history.grid).getCellText(0, 2)).isEqualTo("details changed");
		assertThat(test(history.grid).getCellText(1, 2)).isEqualTo("draft started");
	}

	@Test
	@WithUserDetails(TRAINER)
	void gift_file_is_previewed_other_types_are_listed_and_the_import_waits_for_confirmation() {
		CourseStudioView view = openFreshDraft();
		int before = this.drafts.draft(COURSE).scenarios().size();
		showTab(view, 2);
		test(find(Button.class).withText("Import GIFT").single()).click();
		Dialog dialog = find(Dialog.class).single();
		String gift = """
				::Queue jumper::A guest pushes in.\\n\\nWhat do you say? {=Ask them to wait ~Serve them ~Ignore it}

				::Short::Name the trait. {=Courtesy}
				""";

		test(find(Upload.class, dialog).single()).upload("bank.gift", "text/plain",
				gift.getBytes(StandardCharsets.UTF_8));

		Button confirm = find(Button.class, dialog).withText("Import").single();
		assertThat(find(ListItem.class, dialog).all()).extracting(ListItem::getText)
			.containsExactly("line 3: short answer question 'Short'");
		assertThat(confirm.isEnabled()).isFalse();
		test(find(Checkbox.class, dialog).single()).click();
		test(confirm).click();

		assertThat(this.drafts.draft(COURSE).scenarios()).hasSize(before + 1);
		assertThat(view.bank.grid.getListDataView().getItems().map(DraftView.Scenario::title)).contains("Queue jumper");
	}

	@Test
	@WithUserDetails(TRAINER)
	void gift_preview_says_general_feedback_is_not_imported_and_refuses_a_latin1_file() {
		CourseStudioView view = openFreshDraft();
		showTab(view, 2);
		test(find(Button.class).withText("Import GIFT").single()).click();
		Dialog dialog = find(Dialog.class).single();
		String gift = "::Queue::A guest pushes in. {=Ask them to wait ~Serve them ~Ignore it ####Be fair.}\n";

		test(find(Upload.class, dialog).single()).upload("bank.gift", "text/plain",
				gift.getBytes(StandardCharsets.UTF_8));

		assertThat(find(ListItem.class, dialog).all()).extracting(ListItem::getText)
			.containsExactly("line 1: the general feedback (####) of 'Queue' is not imported: a scenario has no place"
					+ " for it; put what matters into the options' feedback");
		test(find(Upload.class, dialog).single()).upload("caf\u00e9.gift", "text/plain",
				"::Caf\u00e9::Q? {=A ~B ~C}\n".getBytes(StandardCharsets.ISO_8859_1));
		assertThat(find(Paragraph.class, dialog).all()).extracting(Paragraph::getText)
			.anySatisfy((text) -> assertThat(text).contains("line 1: the file is not UTF-8"));
		assertThat(find(Button.class, dialog).withText("Import").single().isEnabled()).isFalse();
	}

	@Test
	@WithUserDetails(TRAINER)
	void broken_course_archive_is_refused_with_its_problems_listed() {
		StudioView view = navigate(StudioView.class);
		test(view.importCourse).click();
		Dialog dialog = find(Dialog.class).single();

		test(find(Upload.class, dialog).single()).upload("notes.zip", "application/zip",
				"not a zip".getBytes(StandardCharsets.UTF_8));

		assertThat(find(Paragraph.class, dialog).all()).extracting(Paragraph::getText)
			.anySatisfy((text) -> assertThat(text).startsWith("Nothing was imported: notes.zip has 1 problem(s)"));
		assertThat(find(ListItem.class, dialog).all()).extracting(ListItem::getText)
			.singleElement()
			.satisfies((problem) -> assertThat(problem).contains("no course folder"));
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_previews_the_draft_as_a_learner_and_nothing_is_recorded() {
		CourseStudioView view = openFreshDraft();
		int history = this.audit.recent(new CourseAuditSubject(COURSE).text(), 500).size();

		test(view.toolbar.preview).click();
		Dialog preview = find(Dialog.class).single();
		assertThat(find(com.vaadin.flow.component.html.Span.class, preview).all())
			.extracting(com.vaadin.flow.component.html.Span::getText)
			.contains("Lesson 1 of 4");
		test(find(com.vaadin.flow.component.tabs.TabSheet.class, preview).single()).select(1);
		com.vaadin.browserless.internal.MockVaadin.clientRoundtrip();
		assertThat(find(com.vaadin.flow.component.html.Span.class, preview).all())
			.extracting(com.vaadin.flow.component.html.Span::getText)
			.contains("Scenario 1 of 6");
		test(find(Button.class, preview).withText("Submit answers").single()).click();

		assertThat(find(Paragraph.class, preview).all()).extracting(Paragraph::getText)
			.anySatisfy((text) -> assertThat(text).startsWith("Not passed with 0% (pass mark 75%)"));
		assertThat(this.audit.recent(new CourseAuditSubject(COURSE).text(), 500)).hasSize(history);
	}

	@Test
	@WithUserDetails(TRAINER)
	void scenarios_a_learner_answered_show_their_answers_and_credit_beside_them() {
		String email = newLearner("analysed", "Ana Lysed");
		java.util.List<String> answered = org.servewell.testsupport.SignedIn.as(email, () -> {
			org.servewell.learning.AttemptView attempt = this.attempts.startOrResume(COURSE);
			for (org.servewell.learning.AttemptView.Question question : attempt.questions()) {
				this.attempts.saveAnswer(attempt.attemptId(), question.itemId(), question.choices().get(0).optionId());
			}
			this.attempts.submit(attempt.attemptId());
			return attempt.questions().stream().map(org.servewell.learning.AttemptView.Question::title).toList();
		}, "LEARNER");

		CourseStudioView view = openFreshDraft();
		showTab(view, 2);

		int checked = 0;
		for (int row = 0; row < test(view.bank.grid).size(); row++) {
			String title = test(view.bank.grid).getCellText(row, 0);
			com.vaadin.flow.component.Component cell = test(view.bank.grid).getCellComponent(row, 3);
			String analysis = (cell instanceof Button button) ? button.getText()
					: ((com.vaadin.flow.component.html.Span) cell).getText();
			if (answered.contains(title)) {
				assertThat(analysis).as(title).matches("\\d+ answers?, \\d+% credit.*");
				checked++;
			}
		}
		assertThat(checked).isEqualTo(answered.size()).isEqualTo(6);
	}

	@Test
	@WithUserDetails(TRAINER)
	void item_analysis_flag_shows_beside_its_scenario_and_opens_it_to_fix_in_one_click() {
		// A course no other view test answers: every learner here picks, in each
		// scenario, the same option, so a scenario answered five times is flagged (too
		// easy when that option is the best, a distractor beating the best otherwise).
		// Eleven attempts of six scenarios from a bank of fifteen answer one scenario
		// five times at least.
		int version = this.publishing.versions(FLAGGED_COURSE).getLast().number();
		ItemAnalysis flagged = null;
		for (int learner = 0; learner < 12 && flagged == null; learner++) {
			submitAttemptPickingTheSameOptions(FLAGGED_COURSE);
			flagged = this.itemAnalysis.analyse(FLAGGED_COURSE, version)
				.items()
				.stream()
				.filter((item) -> !item.flags().isEmpty())
				.findFirst()
				.orElse(null);
		}
		assertThat(flagged).as("a flagged scenario").isNotNull();
		String title = flagged.title();
		String flagName = flagged.flags().get(0).name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);

		CourseStudioView view = openFreshDraft(FLAGGED_COURSE);
		showTab(view, 2);
		int row = java.util.stream.IntStream.range(0, test(view.bank.grid).size())
			.filter((r) -> test(view.bank.grid).getCellText(r, 0).equals(title))
			.findFirst()
			.orElseThrow();
		Button flag = (Button) test(view.bank.grid).getCellComponent(row, 3);
		assertThat(flag.getText()).contains(flagName);

		test(flag).click();

		ScenarioEditor editor = (ScenarioEditor) find(Dialog.class).single();
		assertThat(editor.title.getValue()).isEqualTo(title);
		assertThat(find(ListItem.class, editor).all()).extracting(ListItem::getText)
			.contains(flagged.flags().get(0).describe());
		editor.close();
		this.drafts.discardDraft(FLAGGED_COURSE);
	}

	/**
	 * A new learner's submitted attempt, choosing in each scenario the option first in
	 * alphabetical order.
	 */
	private void submitAttemptPickingTheSameOptions(String course) {
		String email = newLearner("flagging", "Flo Agger");
		org.servewell.testsupport.SignedIn.as(email, () -> {
			org.servewell.learning.AttemptView attempt = this.attempts.startOrResume(course);
			for (org.servewell.learning.AttemptView.Question question : attempt.questions()) {
				this.attempts.saveAnswer(attempt.attemptId(), question.itemId(),
						question.choices()
							.stream()
							.min(java.util.Comparator.comparing(org.servewell.learning.AttemptView.Choice::text))
							.orElseThrow()
							.optionId());
			}
			return this.attempts.submit(attempt.attemptId());
		}, "LEARNER");
	}

	/**
	 * Adds a learner with a unique email starting with the prefix, and returns the email.
	 */
	private String newLearner(String prefix, String name) {
		String email = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@test.servewell.org";
		org.servewell.testsupport.SignedIn.as(ADMIN,
				() -> this.people.createPerson(new org.servewell.people.PersonForm(email, name,
						java.util.Set.of(org.servewell.people.Role.LEARNER), null, null, null, null, true, null),
						"a long test password"),
				"ADMIN");
		return email;
	}

	@Test
	@WithUserDetails(LEARNER)
	void learner_cannot_open_the_studio() {
		navigate("studio", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(StudioView.class);
	}

	@Test
	@WithUserDetails(HR)
	void hr_cannot_open_a_course_in_the_studio() {
		navigate("studio/course/" + COURSE, NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(CourseStudioView.class);
	}

	/**
	 * Selects a tab; the tab sheet attaches a tab's content when it next answers the
	 * browser, so the test lets a round trip happen.
	 */
	private void showTab(CourseStudioView view, int index) {
		test(view.tabs).select(index);
		com.vaadin.browserless.internal.MockVaadin.clientRoundtrip();
	}

	private CourseStudioView openFreshDraft() {
		return openFreshDraft(COURSE);
	}

	private CourseStudioView openFreshDraft(String course) {
		try {
			this.drafts.discardDraft(course);
		}
		catch (AuthoringNotFoundException ex) {
			// No draft left by an earlier test.
		}
		CourseStudioView view = navigate(CourseStudioView.class, course);
		test(view.toolbar.startDraft).click();
		return view;
	}

}
