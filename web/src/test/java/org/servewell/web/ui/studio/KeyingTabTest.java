package org.servewell.web.ui.studio;

import java.util.List;

import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servewell.authoring.AuthoringNotFoundException;
import org.servewell.authoring.DraftService;
import org.servewell.authoring.DraftView;
import org.servewell.authoring.KeyingService;
import org.servewell.content.OptionContent;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The studio's keying tab, on a bundled course's draft whose bank the test writes: two
 * scenarios of three options. The second keyer is the demo admin, Ada Admin, who may
 * author as trainers do.
 */
class KeyingTabTest extends ViewTest {

	/** A course no other studio view test keeps a draft of. */
	private static final String COURSE = "brilliant-or-careless";

	private static final String FIRST = "boc-keying-late-order";

	private static final String SECOND = "boc-keying-wrong-size";

	private static final String THEO = "Theo Trainer";

	private static final String ADA = "Ada Admin";

	/** The flag column: option, the draft, two trainers, key, draft now, flag. */
	private static final int FLAG = 6;

	@Autowired
	DraftService drafts;

	@Autowired
	KeyingService keying;

	@AfterEach
	void discardDraft() {
		try {
			SignedIn.run(TRAINER, () -> this.drafts.discardDraft(COURSE), Roles.TRAINER);
		}
		catch (AuthoringNotFoundException ex) {
			// The test left no draft.
		}
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_keys_blind_to_a_submitted_key_then_sees_the_panel_with_options_two_apart_flagged() {
		draftWithBank();
		SignedIn.run(ADMIN, () -> {
			this.keying.startKeying(COURSE);
			rate(FIRST, 1, 2, 4);
			rate(SECOND, 4, 3, 1);
			this.keying.submit(COURSE);
		}, Roles.ADMIN);

		KeyingTab tab = openKeying();
		assertThat(statusLines(tab)).contains("Submitted their key: " + ADA + ".", "You have not keyed this draft.");
		assertThat(tab.singleAuthor.isVisible()).isFalse();
		assertThat(tab.panel).isNull();
		test(tab.start).click();

		KeyingForm form = tab.form;
		assertThat(form.ratings).hasSize(6);
		assertThat(form.ratings.values()).allSatisfy((group) -> assertThat(group.getValue()).isNull());
		assertThat(form.rating(FIRST, 1).getLabel()).isEqualTo("Late order, option 1: Offer a free dessert");
		assertThat(find(KeyPanelView.class).all()).isEmpty();
		assertThat(tab.getElement().getTextRecursively()).doesNotContain(ADA + ":").doesNotContain("Because");
		assertThat(form.left.getText()).isEqualTo("6 options left to rate");

		test(form.rating(FIRST, 1)).selectItem("4 - the best response");
		assertThat(form.saveState.getText()).isEqualTo("Saved");
		assertThat(form.left.getText()).isEqualTo("5 options left to rate");
		test(form.submit).click();
		assertThat(notifications()).anySatisfy((text) -> assertThat(text).contains("5 still to rate"));
		assertThat(form.problems.getElement().getTextRecursively())
			.contains("Scenario 'Late order', option 2 has no rating yet.");
		assertThat(tab.panel).isNull();

		rateInForm(form, FIRST, 4, 2, 1);
		rateInForm(form, SECOND, 4, 3, 1);
		assertThat(form.left.getText()).isEqualTo("Every option rated");
		test(form.submit).click();
		test(find(ConfirmDialog.class).single()).confirm();

		KeyPanelView panel = tab.panel;
		assertThat(panel).isNotNull();
		assertThat(statusLines(tab)).contains("Submitted their key: " + ADA + ", " + THEO + ".");
		assertThat(panel.agreement.getText())
			.matches("Agreement \\(Krippendorff's alpha\\): -?\\d\\.\\d\\d over 6 options\\.");
		assertThat(panel.disputes.getText()).startsWith("2 options have ratings 2 or more apart");
		var first = test(panel.grids.get(0));
		assertThat(first.getCellText(0, 1)).isEqualTo("4");
		assertThat(first.getCellText(0, 2)).isEqualTo("1");
		assertThat(first.getCellText(0, 3)).isEqualTo("4");
		assertThat(flag(panel, 0, 0)).isEqualTo("Raters differ by 2 or more");
		assertThat(flag(panel, 0, 1)).isEmpty();
		assertThat(flag(panel, 0, 2)).isEqualTo("Raters differ by 2 or more");
		assertThat(flag(panel, 1, 0)).isEmpty();
	}

	@Test
	@WithUserDetails(TRAINER)
	void lone_author_is_told_of_a_single_authors_key_keys_and_applies_the_panel_key() {
		draftWithBank();

		KeyingTab tab = openKeying();
		assertThat(statusLines(tab)).contains("No trainer has submitted a key yet.");
		assertThat(tab.singleAuthor.isVisible()).isTrue();
		assertThat(tab.singleAuthor.getText())
			.isEqualTo("No other trainer has keyed this draft: it would be published on a single author's key.");
		test(tab.start).click();
		rateInForm(tab.form, FIRST, 4, 4, 1);
		rateInForm(tab.form, SECOND, 3, 4, 1);
		test(tab.form.submit).click();
		test(find(ConfirmDialog.class).single()).confirm();
		assertThat(test(tab.panel.grids.get(0)).getCellText(1, 3)).isEqualTo("3");

		test(tab.panel.apply).click();
		test(find(ConfirmDialog.class).single()).confirm();

		assertThat(notifications())
			.anySatisfy((text) -> assertThat(text).contains("The panel's key now rates 1 scenario: 'Late order'.")
				.contains("Left 'Wrong size' as it was"));
		assertThat(this.drafts.draft(COURSE).scenarios().get(0).options()).extracting(OptionContent::rating)
			.containsExactly(4, 3, 1);
		assertThat(this.drafts.draft(COURSE).scenarios().get(1).options()).extracting(OptionContent::rating)
			.containsExactly(4, 3, 1);
		assertThat(test(tab.panel.grids.get(0)).getCellText(1, 4)).isEqualTo("3");
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_keying_sees_the_bank_without_ratings_figures_or_editing_until_they_submit() {
		draftWithBank();
		CourseStudioView view = navigate(CourseStudioView.class, COURSE);
		test(view.tabs).select(3);
		MockVaadin.clientRoundtrip();
		test(view.keying.start).click();

		test(view.tabs).select(2);
		MockVaadin.clientRoundtrip();
		ScenarioBankTab bank = view.bank;
		assertThat(bank.keyingNotice.isVisible()).isTrue();
		assertThat(bank.keyingNotice.getText()).contains("submit your key on the Keying tab");
		assertThat(bank.health.status.getText()).isEqualTo("Hidden while you key");
		assertThat(bank.health.table.isVisible()).isFalse();
		// The item analysis column is hidden, so the actions are the fourth column.
		Button edit = (Button) test(bank.grid).getCellComponent(0, 3).getChildren().toList().get(0);
		assertThat(edit.isEnabled()).isFalse();
		test(bank.grid).doubleClickRow(0);
		assertThat(find(Dialog.class).all()).isEmpty();
		assertThat(notifications()).anySatisfy((text) -> assertThat(text).contains("Submit your key"));

		test(view.tabs).select(3);
		MockVaadin.clientRoundtrip();
		rateInForm(view.keying.form, FIRST, 4, 2, 1);
		rateInForm(view.keying.form, SECOND, 4, 3, 1);
		test(view.keying.form.submit).click();
		test(find(ConfirmDialog.class).single()).confirm();
		test(view.tabs).select(2);
		MockVaadin.clientRoundtrip();

		assertThat(bank.keyingNotice.isVisible()).isFalse();
		assertThat(bank.health.status.getText()).isNotEqualTo("Hidden while you key");
		assertThat(bank.health.table.isVisible()).isTrue();
	}

	/** The draft's bank: two scenarios, each option rated 4, 2 or 3, then 1. */
	private void draftWithBank() {
		discardDraft();
		DraftView draft = this.drafts.startDraft(COURSE);
		DraftView.Scenario model = draft.scenarios().get(0);
		for (DraftView.Scenario scenario : draft.scenarios()) {
			this.drafts.removeScenario(COURSE, scenario.id(), scenario.version());
		}
		this.drafts.saveScenario(COURSE, scenario(model, FIRST, "Late order",
				List.of("Offer a free dessert", "Say the kitchen is busy", "Ignore the question"), 4, 2, 1));
		this.drafts.saveScenario(COURSE, scenario(model, SECOND, "Wrong size",
				List.of("Fetch the right size", "Offer a refund", "Blame the stockroom"), 4, 3, 1));
	}

	private static DraftView.Scenario scenario(DraftView.Scenario model, String key, String title, List<String> texts,
			int... ratings) {
		List<OptionContent> options = new java.util.ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			options.add(new OptionContent(texts.get(i), ratings[i], "Because option " + (i + 1) + " is what it is."));
		}
		return new DraftView.Scenario(0, key, title, "A guest is unhappy.", "What do you do?", model.traits(),
				model.source(), options, 0, null, null);
	}

	private void rate(String scenario, int... ratings) {
		for (int i = 0; i < ratings.length; i++) {
			this.keying.rate(COURSE, scenario, i + 1, ratings[i]);
		}
	}

	private void rateInForm(KeyingForm form, String scenario, int... ratings) {
		for (int i = 0; i < ratings.length; i++) {
			RadioButtonGroup<Integer> group = form.rating(scenario, i + 1);
			test(group).selectItem(OptionRow.ratingLabel(group, ratings[i]));
		}
	}

	private KeyingTab openKeying() {
		CourseStudioView view = navigate(CourseStudioView.class, COURSE);
		test(view.tabs).select(3);
		MockVaadin.clientRoundtrip();
		return view.keying;
	}

	private List<String> statusLines(KeyingTab tab) {
		return find(Paragraph.class, tab.status).all().stream().map(Paragraph::getText).toList();
	}

	private List<String> notifications() {
		return find(Notification.class).all().stream().map((notification) -> test(notification).getText()).toList();
	}

	private String flag(KeyPanelView panel, int scenario, int option) {
		return ((Span) test(panel.grids.get(scenario)).getCellComponent(option, FLAG)).getText();
	}

}
