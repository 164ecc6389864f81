package org.servewell.web.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Playwright driving the system's Chromium: Playwright must not download a browser of its
 * own.
 */
final class Chromium implements AutoCloseable {

	static final Path EXECUTABLE = Path.of(System.getProperty("servewell.chromium", "/usr/bin/chromium"));

	private final Playwright playwright;

	final Browser browser;

	Chromium() {
		// A loaded 2-core machine can take a few seconds for a round trip; fail on real
		// problems, not on load.
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync")));
	}

	@Override
	public void close() {
		this.browser.close();
		this.playwright.close();
	}

}
