package org.servewell.web.e2e;

import java.nio.file.Path;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A running demo Servewell and a real Chromium, for journeys through the browser.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "demo", "test" })
abstract class BrowserJourney {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String DEMO_PASSWORD = "servewell-demo";

	static Chromium chromium;

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

	/**
	 * A fresh browser profile: no cookies, as if the browser had been closed and opened
	 * again.
	 */
	BrowserContext newContext() {
		return chromium.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true));
	}

	/** Signs in on the sign-in page shown and waits until Servewell is open. */
	void signIn(Page page, String email) {
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
	}

	void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
