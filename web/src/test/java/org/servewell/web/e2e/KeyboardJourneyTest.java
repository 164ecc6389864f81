package org.servewell.web.e2e;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journeys in a real Chromium with the keyboard only (Tab, Shift+Tab, Enter,
 * Space, the arrow keys and typing): focus can always be seen, lands on the page's
 * heading after each navigation, and goes back to what opened a dialog when it closes.
 */
// A jar of its own: the demo learner's attempt, a scorecard and a studio draft must not
// reach other journeys.
@OwnProductionJar("keyboard-journey")
class KeyboardJourneyTest extends MainScreensJourney {

	private static final Pattern POSITION = Pattern.compile("Scenario (\\d+) of (\\d+)");

	private static final Pattern SAVED = Pattern.compile("Answer saved at \\d\\d:\\d\\d:\\d\\d");

	@Test
	void learner_opens_the_assigned_course_reads_a_lesson_answers_every_scenario_and_submits_by_keyboard() {
		try (BrowserContext browser = newContext()) {
			Page page = browser.newPage();
			KeyboardUser user = signInByKeyboard(page, "/", LEARNER, DEMO_PASSWORD);
			user.assertLandedOn(headingStarting(page, "Welcome, "));

			user.tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My learning").setExact(true)))
				.press("Enter");
			user.assertLandedOn(heading(page, "My learning"));
			user.tabTo(page.locator("vaadin-card.sw-course-card")
				.filter(new Locator.FilterOptions().setHasText(COURSE_TITLE))
				.getByRole(AriaRole.LINK)).press("Enter");
			user.assertLandedOn(heading(page, COURSE_TITLE));
			assertThat(page.getByText("Lesson 1 of ")).isVisible();
			user.tabTo(button(page, "Next lesson")).press("Enter");
			user.assertLandedOn(heading(page, COURSE_TITLE));
			assertThat(page.getByText("Lesson 2 of ")).isVisible();

			user.tabTo(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Quiz").setExact(true)))
				.press("Enter");
			user.assertLandedOn(heading(page, COURSE_TITLE));
			user.tabTo(button(page, "Take the quiz")).press("Enter");
			user.assertLandedOn(heading(page, COURSE_TITLE + ": quiz"));
			answerEveryScenarioAndSubmit(page, user);
			user.assertLandedOn(heading(page, COURSE_TITLE + ": attempt 1"));
			user.assertFocusWasAlwaysVisible();
		}
	}

	/**
	 * Answers each scenario (Space on the first option, or the arrow keys and Enter on
	 * the second), hears where it is and that the answer is saved, and submits; on the
	 * way, opens the submit confirmation with a scenario unanswered and goes back.
	 */
	private static void answerEveryScenarioAndSubmit(Page page, KeyboardUser user) {
		Locator position = page.getByText(POSITION);
		Matcher first = POSITION.matcher(position.textContent());
		assertThat(first.find()).isTrue();
		int total = Integer.parseInt(first.group(2));
		assertThat(position).hasAttribute("aria-live", "polite");
		for (int number = 1; number <= total; number++) {
			assertThat(position).hasText("Scenario " + number + " of " + total);
			// Tab lands on the group's first option, Shift+Tab on its last.
			Locator options = page.getByRole(AriaRole.RADIOGROUP);
			if (number == 1) {
				user.tabTo(options);
			}
			else {
				user.tabBackTo(options);
			}
			if (number == total) {
				user.tabTo(button(page, "Submit answers")).press("Enter");
				Locator confirm = page.getByRole(AriaRole.ALERTDIALOG);
				assertThat(confirm).hasAttribute("aria-description", Pattern.compile("^1 scenario has no answer"));
				user.tabTo(confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep answering")))
					.press("Enter");
				assertThat(confirm).hasCount(0);
				user.assertFocused(button(page, "Submit answers"));
				user.tabBackTo(options);
			}
			if (number % 2 == 1) {
				user.press("Space");
			}
			else {
				user.press("ArrowDown");
				assertThat(page.getByText("Not saved yet.")).isVisible();
				user.press("Enter");
			}
			assertThat(page.getByText(SAVED)).isVisible();
			assertThat(page.locator(".sw-save-state")).hasAttribute("aria-live", "polite");
			if (number < total) {
				user.tabTo(button(page, "Next")).press("Enter");
			}
		}
		user.tabTo(button(page, "Submit answers")).press("Enter");
	}

	@Test
	void interviewer_rates_every_trait_against_its_anchor_and_submits_by_keyboard() {
		String interviewer;
		String candidate = "Kai " + UUID.randomUUID().toString().substring(0, 6);
		try (BrowserContext admin = newContext(); BrowserContext hr = newContext()) {
			interviewer = addLearner(openSignedIn(admin, "/admin/people", ADMIN), (dialog) -> {
			});
			Page page = openSignedIn(hr, "/candidates", HR);
			addCandidate(page, candidate);
			Locator field = page.getByLabel("Interviewer", new Page.GetByLabelOptions().setExact(true));
			field.fill(interviewer);
			page.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(interviewer)).click();
			page.getByLabel("Interview kit").click();
			page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Front-line service role")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign interviewer")).click();
			assertThat(field).hasValue("");
		}
		try (BrowserContext browser = newContext()) {
			Page page = browser.newPage();
			KeyboardUser user = signInByKeyboard(page, "/interviews", interviewer, PASSWORD);
			user.assertLandedOn(heading(page, "My interviews"));
			user.gridTo(page.locator("vaadin-grid"),
					page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(candidate)))
				.press("Enter");
			user.assertLandedOn(heading(page, candidate));

			Locator traits = page.locator(".sw-scorecard-trait vaadin-radio-group");
			int count = traits.count() - 1;
			assertThat(count).isGreaterThan(1);
			for (int trait = 0; trait < count; trait++) {
				Locator ratings = traits.nth(trait).getByRole(AriaRole.RADIO);
				// Each rating is announced with the behaviour it stands for.
				for (int rating = 1; rating <= 5; rating++) {
					assertThat(ratings.nth(rating - 1))
						.hasAccessibleName(Pattern.compile("^" + rating + " · \\S.{8,}"));
				}
				user.tabTo(ratings.first()).press("Space").press("ArrowDown").press("ArrowDown");
				assertThat(ratings.nth(2)).isChecked();
			}
			Locator recommendation = page
				.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Overall recommendation"))
				.getByRole(AriaRole.RADIO);
			user.tabTo(recommendation.first()).press("Space");
			assertThat(page.getByText("Draft saved at")).isVisible();

			Locator submit = button(page, "Submit scorecard");
			user.tabTo(submit).press("Enter");
			Locator confirm = page.getByRole(AriaRole.ALERTDIALOG);
			user.tabTo(confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Keep editing")))
				.press("Enter");
			assertThat(confirm).hasCount(0);
			user.assertFocused(submit);
			user.press("Enter");
			user.tabTo(
					confirm.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit").setExact(true)))
				.press("Enter");
			assertThat(page.getByText(Pattern.compile("You submitted this scorecard on"))).isVisible();
			user.assertFocusWasAlwaysVisible();
		}
	}

	@Test
	void trainer_edits_a_scenario_s_option_in_the_studio_and_saves_by_keyboard() {
		try (BrowserContext browser = newContext()) {
			Page page = browser.newPage();
			KeyboardUser user = signInByKeyboard(page, "/studio/course/what-customers-expect", TRAINER, DEMO_PASSWORD);
			user.assertLandedOn(headingStarting(page, "What customers expect"));
			user.tabTo(button(page, "Start a draft")).press("Enter");
			assertThat(button(page, "Discard draft")).isVisible();
			user.tabTo(page.getByRole(AriaRole.TABLIST))
				.arrowTo(page.getByRole(AriaRole.TAB,
						new Page.GetByRoleOptions().setName(Pattern.compile("^Scenarios"))), "ArrowRight")
				.press("Enter");
			Locator edits = page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName(Pattern.compile("^Edit '")));
			Locator bank = page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHas(edits));
			assertThat(edits.first()).isVisible();
			Locator edit = bank
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^Edit '")))
				.first();
			String label = edit.getAttribute("aria-label");
			user.gridTo(bank, edit).press("Space");

			Locator editor = page.getByRole(AriaRole.DIALOG);
			Locator option = editor.getByLabel("Option 1", new Locator.GetByLabelOptions().setExact(true));
			try {
				option.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
			}
			catch (PlaywrightException ex) {
				throw new AssertionError("The editor did not open; focus is on " + user.focused(), ex);
			}
			String before = option.inputValue();
			user.tabTo(option).type("Calmly: ");
			user.tabTo(editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save scenario")))
				.press("Enter");
			assertThat(page.getByText("Scenario saved.")).isVisible();
			assertThat(editor).hasCount(0);
			Locator again = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label).setExact(true));
			user.assertFocused(again);

			user.press("Space");
			Locator saved = editor.getByLabel("Option 1", new Locator.GetByLabelOptions().setExact(true));
			assertThat(saved).isVisible();
			// The caret was where Chromium puts it when Tab enters a text area.
			assertThat(saved.inputValue()).isIn("Calmly: " + before, before + "Calmly: ");
			// Back from the first field: the focus trap wraps round to the footer.
			user.tabBackTo(editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")))
				.press("Enter");
			assertThat(editor).hasCount(0);
			user.assertFocused(again);
			user.assertFocusWasAlwaysVisible();
		}
	}

	/** Opens {@code path} and signs in there with the keyboard. */
	private KeyboardUser signInByKeyboard(Page page, String path, String email, String password) {
		page.navigate(url(path));
		KeyboardUser user = new KeyboardUser(page);
		user.tabTo(page.getByLabel("Email")).type(email);
		user.tabTo(page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)))
			.type(password)
			.press("Enter");
		assertThat(button(page, "Sign out")).isVisible();
		return user;
	}

	private static Locator headingStarting(Page page, String start) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^" + start)));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
