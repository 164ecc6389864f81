package org.servewell.web.ui.studio;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.servewell.authoring.AuthoringNotFoundException;
import org.servewell.authoring.DraftService;
import org.servewell.authoring.DraftView;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The studio's uploads refuse what is too large on the server and say why in the page;
 * the scenario editor marks a text too long beside its field.
 */
class ImportUploadViewTest extends ViewTest {

	private static final String COURSE = "first-time-every-time";

	@Autowired
	DraftService drafts;

	@Test
	@WithUserDetails(TRAINER)
	void course_zip_larger_than_the_studio_accepts_is_refused_and_the_dialog_says_why() {
		StudioView view = navigate(StudioView.class);
		test(view.importCourse).click();
		Dialog dialog = find(Dialog.class).single();

		test(find(Upload.class, dialog).single()).upload("big.zip", "application/zip", new byte[6_000_000]);

		assertThat(find(Paragraph.class, dialog).all()).extracting(Paragraph::getText)
			.contains("big.zip is 6 MB; the largest file accepted is 5 MB.");
	}

	@Test
	@WithUserDetails(TRAINER)
	void file_the_browser_refused_is_named_in_the_dialog_with_the_reason() {
		StudioView view = navigate(StudioView.class);
		test(view.importCourse).click();
		Dialog dialog = find(Dialog.class).single();
		Upload upload = find(Upload.class, dialog).single();

		ComponentUtil.fireEvent(upload, new FileRejectedEvent(upload, "File is Too Big.", "huge.zip"));

		assertThat(find(Paragraph.class, dialog).all()).extracting(Paragraph::getText)
			.contains("huge.zip is larger than 5 MB, the largest file accepted.");
	}

	@Test
	@WithUserDetails(TRAINER)
	void gift_file_larger_than_the_studio_accepts_is_refused_and_nothing_can_be_imported() {
		CourseStudioView view = openFreshDraft();
		int before = this.drafts.draft(COURSE).scenarios().size();
		showTab(view, 2);
		test(find(Button.class).withText("Import GIFT").single()).click();
		Dialog dialog = find(Dialog.class).single();

		test(find(Upload.class, dialog).single()).upload("bank.gift", "text/plain", new byte[3_000_000]);

		assertThat(find(Paragraph.class, dialog).all()).extracting(Paragraph::getText)
			.contains("bank.gift is 3 MB; the largest file accepted is 2 MB.");
		assertThat(find(Button.class, dialog).withText("Import").single().isEnabled()).isFalse();
		assertThat(this.drafts.draft(COURSE).scenarios()).hasSize(before);
	}

	@Test
	@WithUserDetails(TRAINER)
	void option_longer_than_the_format_allows_is_marked_beside_it_and_the_scenario_is_not_saved() {
		CourseStudioView view = openFreshDraft();
		showTab(view, 2);
		test(view.bank.grid).doubleClickRow(0);
		ScenarioEditor editor = (ScenarioEditor) find(Dialog.class).single();
		DraftView.Scenario before = this.drafts.draft(COURSE).scenarios().get(0);
		OptionRow first = editor.rows.get(0);

		first.text.setValue("x".repeat(2500));
		test(editor.save).click();

		assertThat(first.text.isInvalid()).isTrue();
		assertThat(first.text.getErrorMessage())
			.isEqualTo("Option 1 is 2,500 characters long; shorten it to 2,000 at most.");
		assertThat(editor.isOpened()).isTrue();
		assertThat(this.drafts.draft(COURSE).scenarios().get(0).options()).isEqualTo(before.options());
	}

	private void showTab(CourseStudioView view, int index) {
		test(view.tabs).select(index);
		com.vaadin.browserless.internal.MockVaadin.clientRoundtrip();
	}

	private CourseStudioView openFreshDraft() {
		try {
			this.drafts.discardDraft(COURSE);
		}
		catch (AuthoringNotFoundException ex) {
			// No draft left by an earlier test.
		}
		CourseStudioView view = navigate(CourseStudioView.class, COURSE);
		test(view.toolbar.startDraft).click();
		return view;
	}

}
