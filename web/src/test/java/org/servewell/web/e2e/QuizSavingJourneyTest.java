package org.servewell.web.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * What the quiz page says about saving is true in a real browser: browsing the options
 * with the arrow keys saves nothing, Enter saves; and with the database stopped a click
 * shows "Saving your answer...", then "Not saved" with the last saved choice selected
 * again, and the answer chosen once the database is back is the one counted.
 */
class QuizSavingJourneyTest extends BrowserJourney {

	private static final Pattern SAVED = Pattern.compile("Answer saved at \\d\\d:\\d\\d:\\d\\d");

	@Test
	void learner_browsing_options_with_the_arrow_keys_keeps_the_saved_answer_until_choosing_with_enter() {
		try (BrowserContext browser = newContext()) {
			Page page = openSignedIn(browser, "/quiz/what-customers-expect", LEARNER);
			Locator options = page.getByRole(AriaRole.RADIO);
			options.first().waitFor();
			options.nth(0).check();
			assertThat(page.getByText(SAVED)).isVisible();

			page.keyboard().press("ArrowDown");

			assertThat(options.nth(1)).isChecked();
			assertThat(page.getByText("Not saved yet.")).isVisible();
			page.reload();
			openFirstScenario(page);
			// The saved answer, unchanged by browsing.
			assertThat(options.nth(0)).isChecked();

			options.nth(0).focus();
			page.keyboard().press("ArrowDown");
			page.keyboard().press("Enter");

			assertThat(page.getByText(SAVED)).isVisible();
			page.reload();
			openFirstScenario(page);
			// The answer chosen with Enter.
			assertThat(options.nth(1)).isChecked();
		}
	}

	@Test
	void learner_whose_answer_the_stopped_database_did_not_take_sees_the_old_choice_and_submits_the_right_one() {
		try (BrowserContext browser = newContext()) {
			Page page = openSignedIn(browser, "/quiz/brilliant-or-careless", LEARNER);
			Locator options = page.getByRole(AriaRole.RADIO);
			options.first().waitFor();
			options.nth(0).check();
			assertThat(page.getByText(SAVED)).isVisible();

			cutDatabase();
			try {
				options.nth(1).click();
				assertThat(page.getByText("Saving your answer...")).isVisible();
				assertThat(page.getByText("Not saved:"))
					.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
				assertThat(page.getByText("try again in a minute")).isVisible();
				// The last saved choice, selected again.
				assertThat(options.nth(0)).isChecked();
				assertThat(options.nth(1)).not().isChecked();
				assertThat(page.getByText(SAVED)).hasCount(0);
				assertThat(page.getByText("Saving your answer...")).isHidden();
				screenshot(page, "quiz-not-saved.png");
			}
			finally {
				restoreDatabase();
			}

			options.nth(1).click();
			assertThat(page.getByText(SAVED)).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
			String wanted = page.locator("vaadin-radio-button").nth(1).innerText().strip();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers")).click();
			// The demo learner may have answered every scenario in other journeys: the
			// confirmation only comes when some are unanswered.
			Locator confirm = page.getByRole(AriaRole.ALERTDIALOG)
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit"));
			Locator result = page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("Feedback on each scenario"));
			confirm.or(result).waitFor(new Locator.WaitForOptions().setTimeout(30_000));
			if (confirm.isVisible()) {
				confirm.click();
			}
			// The answer chosen once the database was back is the one counted (its
			// feedback may be folded away when it was the best answer).
			assertThat(result).isVisible();
			assertThat(page.locator("p").filter(new Locator.FilterOptions().setHasText("You chose")).first())
				.containsText(wanted);
		}
	}

	/**
	 * After a reload the quiz opens at the first unanswered scenario: go back to the
	 * first.
	 */
	private static void openFirstScenario(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Scenario 1, answered")).click();
		assertThat(page.getByText(Pattern.compile("Scenario 1 of \\d+"))).isVisible();
	}

}
