package org.servewell.web.e2e;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Trainers and managers follow onboarding in a real Chromium.
 */
class ProgressJourneyTest extends BrowserJourney {

	@Test
	void trainer_sees_the_front_desk_rule_and_a_manager_sees_their_new_hire_in_progress() {
		try (BrowserContext context = chromium.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860))) {
			Page page = context.newPage();
			page.navigate(url("/assignments"));
			signIn(page, TRAINER);
			assertThat(page.getByText("Path: Front-line onboarding")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("trainer-assignments.png")));
		}
		try (BrowserContext context = chromium.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860))) {
			Page page = context.newPage();
			page.navigate(url("/progress"));
			signIn(page, MANAGER);
			assertThat(page.getByText("Everyone in your team with a course")).isVisible();
			page.getByText("Service first time, every time").first().click();
			assertThat(page.getByText("Lena Learner")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("manager-progress.png")));
		}
	}

}
