package org.servewell.web.e2e;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.servewell.web.ViewTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Trainers and managers follow onboarding in a real Chromium.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
class ProgressJourneyTest {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		chromium = new Chromium();
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void trainer_sees_the_front_desk_rule_and_a_manager_sees_their_new_hire_in_progress() {
		try (BrowserContext context = chromium.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860))) {
			Page page = context.newPage();
			page.navigate(url("/assignments"));
			signIn(page, ViewTest.TRAINER);
			assertThat(page.getByText("Path: Front-line onboarding")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("trainer-assignments.png")));
		}
		try (BrowserContext context = chromium.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 860))) {
			Page page = context.newPage();
			page.navigate(url("/progress"));
			signIn(page, ViewTest.MANAGER);
			page.getByText("Service first time, every time").first().click();
			assertThat(page.getByText("Lena Learner")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("manager-progress.png")));
		}
	}

	private void signIn(Page page, String email) {
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("servewell-demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
