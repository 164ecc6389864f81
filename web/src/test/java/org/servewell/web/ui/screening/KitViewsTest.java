package org.servewell.web.ui.screening;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.servewell.hiring.InterviewKitDetails;
import org.servewell.hiring.InterviewKitService;
import org.servewell.hiring.KitOrigin;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR copies a bundled interview kit and adjusts the copy. The tests share the database,
 * so each gives its copy a title of its own.
 */
class KitViewsTest extends ViewTest {

	private static final String FRONT_LINE_TITLE = "Front-line service role";

	@Autowired
	InterviewKitService kits;

	@Test
	@WithUserDetails(HR)
	void hr_copies_the_front_line_kit_changes_a_weight_and_the_threshold_and_sees_version_2_listed() {
		KitEditorView editor = copyFrontLine();
		String title = unique("Front desk");
		assertThat(editor.kit.versionNumber()).isEqualTo(1);
		assertThat(editor.traits).hasSize(8);

		test(editor.title).setValue(title);
		test(editor.traits.get(0).weight).setValue(1);
		test(editor.threshold).setValue(new BigDecimal("3.80"));
		test(editor.save).click();

		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Saved as version 2.");
		KitsView list = navigate(KitsView.class);
		int row = rowOf(list, title);
		assertThat(test(list.grid).getCellText(row, 0)).isEqualTo(title);
		assertThat(test(list.grid).getCellText(row, 3)).isEqualTo("v2");
		assertThat(test(list.grid).getCellText(row, 4)).startsWith("Respect (1), Care for people (2)");
		assertThat(test(list.grid).getCellText(row, 5)).isEqualTo("3.80");
		assertThat(test(list.grid).getCellText(rowOf(list, FRONT_LINE_TITLE), 3)).isEqualTo("v1");
	}

	@Test
	@WithUserDetails(HR)
	void trait_without_questions_is_shown_beside_the_trait_and_nothing_is_saved() {
		KitEditorView editor = copyFrontLine();
		String code = editor.kit.code();

		// The front-line kit rates 8 traits, the most a kit may; make room first.
		test(editor.traits.get(7).remove).click();
		test(editor.addTrait).click();
		KitTraitEditor added = editor.traits.get(7);
		test(added.trait).selectItem("Fairness");
		test(editor.save).click();

		assertThat(texts(added.problems))
			.containsExactly("trait 'fairness' in interview kit '" + code + "' has 0 questions; ask 2 or 3");
		assertThat(texts(editor.problems)).containsExactly("Nothing was saved: the kit has 1 problem(s) to fix.");
		assertThat(this.kits.kit(code).versionNumber()).isEqualTo(1);
		assertThat(this.kits.kit(code).traits()).hasSize(8);
	}

	@Test
	@WithUserDetails(HR)
	void emptied_title_and_question_are_marked_at_their_fields_and_nothing_is_saved() {
		KitEditorView editor = copyFrontLine();
		String code = editor.kit.code();
		KitQuestionEditor question = editor.traits.get(0).questions.get(0);

		test(editor.title).setValue("");
		test(question.text).setValue("");
		test(editor.save).click();

		assertThat(editor.title.isInvalid()).isTrue();
		assertThat(editor.title.getErrorMessage()).isEqualTo("Enter the kit's title.");
		assertThat(question.text.isInvalid()).isTrue();
		assertThat(question.text.getErrorMessage()).isEqualTo("Enter the question.");
		assertThat(editor.forRole.isInvalid()).isFalse();
		assertThat(texts(editor.problems)).containsExactly("Nothing was saved: fix the fields marked.");
		assertThat(this.kits.kit(code).versionNumber()).isEqualTo(1);
	}

	@Test
	@WithUserDetails(HR)
	void hr_reorders_traits_and_questions_removes_a_trait_and_the_new_version_keeps_it_so() {
		KitEditorView editor = copyFrontLine();
		String code = editor.kit.code();
		KitTraitEditor care = editor.traits.get(1);
		String secondQuestion = care.questions.get(1).text.getValue();

		test(care.up).click();
		test(care.questions.get(1).up).click();
		test(editor.traits.get(5).remove).click();
		test(editor.save).click();

		InterviewKitDetails saved = this.kits.kit(code);
		assertThat(saved.versionNumber()).isEqualTo(2);
		assertThat(saved.traits()).extracting(InterviewKitDetails.RatedTrait::traitCode)
			.containsExactly("care-for-people", "respect", "making-things-right", "judgement-within-rules",
					"consistency", "ownership", "responsiveness");
		assertThat(saved.traits().get(0).questions().get(0).text()).isEqualTo(secondQuestion);
	}

	@Test
	@WithUserDetails(HR)
	void bundled_kit_opens_without_a_form_and_says_to_copy_it() {
		KitEditorView editor = navigate("candidates/kits/front-line-service", KitEditorView.class);

		assertThat(editor.kit.origin()).isEqualTo(KitOrigin.CONTENT);
		assertThat(editor.save.isAttached()).isFalse();
	}

	private KitEditorView copyFrontLine() {
		KitsView list = navigate(KitsView.class);
		Div actions = (Div) test(list.grid).getCellComponent(rowOf(list, FRONT_LINE_TITLE), 6);
		Button copy = (Button) actions.getChildren().findFirst().orElseThrow();
		test(copy).click();
		assertThat(getCurrentView()).isInstanceOf(KitEditorView.class);
		return (KitEditorView) getCurrentView();
	}

	private int rowOf(KitsView list, String title) {
		return IntStream.range(0, test(list.grid).size())
			.filter((row) -> test(list.grid).getCellText(row, 0).equals(title))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> texts(Div problems) {
		return problems.getChildren()
			.flatMap((list) -> list.getChildren())
			.map((item) -> ((ListItem) item).getText())
			.toList();
	}

	private static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

}
