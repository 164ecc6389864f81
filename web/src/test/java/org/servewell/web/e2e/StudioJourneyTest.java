package org.servewell.web.e2e;

import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A trainer edits a scenario and the quiz settings in the studio and publishes, in a real
 * Chromium, while a learner is in the middle of the quiz: the learner finishes on the
 * version they started, and a new attempt gets the new version.
 */
// A context and database of its own: the version it publishes must not reach other
// journeys.
@TestPropertySource(properties = "servewell.test.context=studio-journey")
class StudioJourneyTest extends BrowserJourney {

	private static final String COURSE = "first-time-every-time";

	@Test
	void trainer_publishes_while_a_learner_finishes_the_old_version_and_a_new_attempt_gets_the_new_one() {
		try (BrowserContext learnerBrowser = newContext(); BrowserContext trainerBrowser = newContext()) {
			Page learner = learnerBrowser.newPage();
			learner.navigate(url("/quiz/" + COURSE));
			signIn(learner, LEARNER);
			assertThat(learner.getByText("Scenario 1 of 6")).isVisible();
			learner.getByRole(AriaRole.RADIO).first().check();
			assertThat(learner.getByText("Answer saved at")).isVisible();

			Page trainer = trainerBrowser.newPage();
			trainer.navigate(url("/studio"));
			signIn(trainer, TRAINER);
			screenshot(trainer, "studio-courses.png");
			trainer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Service first time, every time"))
				.click();
			trainer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a draft")).click();
			assertThat(trainer.getByText("Ready to publish")).isVisible();
			Locator perAttempt = trainer.getByLabel("Scenarios per attempt");
			perAttempt.fill("5");
			trainer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save details")).click();
			assertThat(trainer.getByText("Details saved.")).isVisible();

			trainer.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Scenarios (25)")).click();
			trainer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit 'The caller at ten to six'"))
				.click();
			Locator editor = trainer.getByRole(AriaRole.DIALOG);
			assertThat(editor.getByText("Preview")).isVisible();
			editor.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true))
				.fill("The caller at closing time");
			editor.getByLabel("Prompt").fill("What is your first move?");
			screenshot(trainer, "studio-scenario-editor.png");
			editor.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save scenario")).click();
			assertThat(trainer.getByText("Scenario saved.")).isVisible();
			assertThat(trainer.getByText("The caller at closing time", new Page.GetByTextOptions().setExact(true)))
				.isVisible();
			assertThat(trainer.locator("vaadin-dialog-overlay")).hasCount(0);
			screenshot(trainer, "studio-draft.png");

			trainer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
			trainer.getByLabel("Change note")
				.fill("Five scenarios per attempt; a clearer prompt for the closing-time call.");
			trainer.getByRole(AriaRole.DIALOG)
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish"))
				.click();
			assertThat(trainer.getByText("Published version 2")).isVisible();
			trainer.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Versions")).click();
			assertThat(trainer.getByText("Five scenarios per attempt; a clearer prompt")).isVisible();
			screenshot(trainer, "studio-versions.png");

			Download download = trainer.waitForDownload(() -> trainer.getByText("Export (zip)").click());
			Path zip = SCREENSHOTS.resolve(COURSE + ".zip");
			download.saveAs(zip);
			trainer.navigate(url("/studio"));
			trainer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import course (zip)")).click();
			trainer.locator("vaadin-upload input[type=file]").setInputFiles(zip);
			assertThat(trainer.getByText("Draft of version 3, copied from version 2")).isVisible();
			assertThat(trainer.getByText("Ready to publish")).isVisible();

			learner.reload();
			assertThat(learner.getByText(java.util.regex.Pattern.compile("Scenario \\d of 6"))).isVisible();
			learner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers")).click();
			learner.getByRole(AriaRole.ALERTDIALOG)
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit"))
				.click();
			assertThat(learner.getByRole(AriaRole.STATUS)).containsText("%");
		}

		try (BrowserContext newcomer = newContext()) {
			Page page = newcomer.newPage();
			page.navigate(url("/quiz/" + COURSE));
			signIn(page, MANAGER);
			assertThat(page.getByText("Scenario 1 of 5")).isVisible();
		}
	}

}
