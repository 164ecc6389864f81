package org.servewell.web.ui.studio;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.browserless.internal.MockVaadin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servewell.authoring.AuthoringNotFoundException;
import org.servewell.authoring.DraftService;
import org.servewell.authoring.DraftView;
import org.servewell.content.OptionContent;
import org.servewell.content.QuizSettings;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario bank's health panel, on a draft whose bank the test writes: two scenarios
 * built so that no answering pattern passes, until a trainer makes one best option the
 * longest.
 */
class BankHealthPanelTest extends ViewTest {

	/** A course no other studio view test drafts. */
	private static final String COURSE = "what-customers-expect";

	private static final String SITUATION = "A regular customer complains that the delivery arrived broken.";

	private static final String BEST = "Ask what happened and put it right yourself";

	private static final String LONGER_BEST = "Ask what happened, listen to the whole story without interrupting,"
			+ " and put it right yourself before they leave the shop today";

	private static final String LONGEST_WINS = "A learner who always picks the longest option would pass 100% of the"
			+ " time, averaging 83% (pass mark 75%).";

	@Autowired
	DraftService drafts;

	@AfterEach
	void discardDraft() {
		try {
			SignedIn.run(TRAINER, () -> this.drafts.discardDraft(COURSE), "TRAINER");
		}
		catch (AuthoringNotFoundException ex) {
			// The test left no draft.
		}
	}

	@Test
	@WithUserDetails(TRAINER)
	void panel_says_no_pattern_passes_until_a_best_option_is_made_the_longest_then_says_the_longest_passes() {
		draftWithBank();
		CourseStudioView view = openBank();
		BankHealthPanel panel = view.bank.health;
		assertThat(panel.status.getText()).isEqualTo("Healthy");
		assertThat(sentences(panel)).contains("No answering pattern passes: a learner who always guesses at random"
				+ " would average 37% (pass mark 75%).");
		assertThat(test(panel.table).getCellText(0, 0)).isEqualTo("Always picks the longest option");
		assertThat(test(panel.table).getCellText(0, 1)).isEqualTo("33%");
		assertThat(test(panel.table).getCellText(0, 4)).isEmpty();

		test(view.bank.grid).doubleClickRow(rowOf(view, "Broken delivery"));
		ScenarioEditor editor = (ScenarioEditor) find(Dialog.class).single();
		OptionRow best = editor.rows.stream()
			.filter((row) -> row.text.getValue().equals(BEST))
			.findFirst()
			.orElseThrow();
		test(best.text).setValue(LONGER_BEST);
		test(editor.save).click();

		assertThat(panel.status.getText()).matches("\\d+ patterns? pass(es)?");
		assertThat(sentences(panel)).contains(LONGEST_WINS);
		assertThat(test(panel.table).getCellText(0, 1)).isEqualTo("83%");
		assertThat(test(panel.table).getCellText(0, 2)).isEqualTo("100%");
		assertThat(test(panel.table).getCellText(0, 4)).isEqualTo("Too easy");
		assertThat(find(Button.class, panel.fixFirst).all()).extracting(Button::getText)
			.containsExactly("Broken delivery", "Broken parcel");
	}

	@Test
	@WithUserDetails(TRAINER)
	void scenario_to_fix_first_opens_in_the_editor_and_the_panel_follows_its_removal() {
		draftWithBank();
		DraftView.Scenario delivery = this.drafts.draft(COURSE).scenarios().get(0);
		List<OptionContent> longestBest = delivery.options()
			.stream()
			.map((option) -> option.text().equals(BEST) ? new OptionContent(LONGER_BEST, 4, option.feedback()) : option)
			.toList();
		this.drafts.saveScenario(COURSE,
				new DraftView.Scenario(delivery.id(), delivery.key(), delivery.title(), delivery.situation(),
						delivery.prompt(), delivery.traits(), delivery.source(), longestBest, delivery.version(), null,
						null));
		CourseStudioView view = openBank();
		BankHealthPanel panel = view.bank.health;
		assertThat(sentences(panel)).contains(LONGEST_WINS);

		test(find(Button.class, panel.fixFirst).withText("Broken parcel").single()).click();

		ScenarioEditor editor = (ScenarioEditor) find(Dialog.class).single();
		assertThat(editor.title.getValue()).isEqualTo("Broken parcel");
		editor.close();
		Button remove = (Button) test(view.bank.grid).getCellComponent(rowOf(view, "Broken parcel"), 4)
			.getChildren()
			.toList()
			.get(1);
		test(remove).click();
		test(find(ConfirmDialog.class).single()).confirm();

		assertThat(test(view.bank.grid).size()).isEqualTo(1);
		assertThat(find(Button.class, panel.fixFirst).all()).extracting(Button::getText)
			.containsExactly("Broken delivery");
		assertThat(sentences(panel)).contains("A learner who always picks the longest option would pass 100% of the"
				+ " time, averaging 100% (pass mark 75%).");
	}

	@Test
	@WithUserDetails(TRAINER)
	void two_scenarios_sharing_one_situation_are_named_as_met_twice_and_each_opens_in_the_editor() {
		draftWithBank();
		CourseStudioView view = openBank();
		BankRepeats repeats = view.bank.health.repeats;

		assertThat(repeats.isVisible()).isTrue();
		assertThat(repeats.getElement().getTextRecursively()).contains("Met twice")
			.containsPattern("'Broken (delivery|parcel)' sets the same dilemma as 'Broken (delivery|parcel)' "
					+ "\\(\\d+% alike\\)\\.");
		Button opener = find(Button.class, repeats).all().get(1);
		String title = opener.getText();
		test(opener).click();

		ScenarioEditor editor = (ScenarioEditor) find(Dialog.class).single();
		assertThat("'" + editor.title.getValue() + "'").isEqualTo(title);
	}

	/**
	 * A draft whose bank is two scenarios and whose quiz draws both and passes at 75%. In
	 * each, the best option is the third longest, does fewer things than the longest, and
	 * repeats none of the situation's words, so no surface pattern finds it; the longest
	 * option is rated 1 in the first and 3 in the second.
	 */
	private void draftWithBank() {
		discardDraft();
		DraftView draft = this.drafts.startDraft(COURSE);
		DraftView.Scenario model = draft.scenarios().get(0);
		for (DraftView.Scenario scenario : draft.scenarios()) {
			this.drafts.removeScenario(COURSE, scenario.id(), scenario.version());
		}
		DraftView.Details details = this.drafts.draft(COURSE).details();
		this.drafts.saveDetails(COURSE, new DraftView.Details(details.title(), details.summary(), details.audience(),
				new QuizSettings(6, 75, 3, true), details.renewAfterMonths(), details.version()));
		this.drafts.saveScenario(COURSE, scenario(model, "wce-health-broken-delivery", "Broken delivery", 1, 2));
		this.drafts.saveScenario(COURSE, scenario(model, "wce-health-broken-parcel", "Broken parcel", 3, 1));
	}

	private static DraftView.Scenario scenario(DraftView.Scenario model, String key, String title, int longest,
			int secondLongest) {
		return new DraftView.Scenario(0, key, title, SITUATION, "What do you do?", model.traits(), model.source(),
				List.of(new OptionContent("Apologise, refund the fee, call the manager, write to head office, and then"
						+ " offer a voucher for next time", longest, "Too much, too soon."),
						new OptionContent("Explain the returns policy to them and point at the notice by the till",
								secondLongest, "A policy is not an answer."),
						new OptionContent(BEST, 4, "Own it and fix it."),
						new OptionContent("Blame the delivery firm to the customer", 2, "Blame helps nobody."),
						new OptionContent("Say sorry", 1, "Not enough.")),
				0, null, null);
	}

	private CourseStudioView openBank() {
		CourseStudioView view = navigate(CourseStudioView.class, COURSE);
		test(view.tabs).select(2);
		MockVaadin.clientRoundtrip();
		return view;
	}

	private int rowOf(CourseStudioView view, String title) {
		return java.util.stream.IntStream.range(0, test(view.bank.grid).size())
			.filter((row) -> test(view.bank.grid).getCellText(row, 0).equals(title))
			.findFirst()
			.orElseThrow();
	}

	private List<String> sentences(BankHealthPanel panel) {
		return find(Paragraph.class, panel.summary).all().stream().map(Paragraph::getText).toList();
	}

}
