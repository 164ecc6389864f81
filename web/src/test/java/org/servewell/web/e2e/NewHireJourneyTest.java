package org.servewell.web.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The new hire's journey in a real Chromium: read the lessons, answer half the quiz,
 * close the browser, come back to find the answers kept, finish, pass, download the
 * certificate and have it verified.
 */
class NewHireJourneyTest extends BrowserJourney {

	private static final String COURSE = "first-time-every-time";

	/**
	 * The answer key, used by the test to choose the best answers the way a good learner
	 * would.
	 */
	@Autowired
	CourseBank bank;

	@Test
	void new_hire_reads_answers_half_leaves_returns_to_kept_answers_passes_and_has_the_certificate_verified()
			throws IOException {
		BankVersion version = this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
		int scenarios = version.quiz().scenariosPerAttempt();
		int half = scenarios / 2;

		try (BrowserContext first = newContext()) {
			Page page = first.newPage();
			page.navigate(url("/learning"));
			signIn(page, ViewTest.LEARNER);
			assertThat(page.getByText("Front-line onboarding").first()).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("learner-my-learning.png"))
				.setFullPage(true));
			for (int lesson = 1; lesson <= version.lessons().size(); lesson++) {
				page.navigate(url("/course/" + COURSE + "?lesson=" + lesson));
				assertThat(page.getByText("Lesson " + lesson + " of " + version.lessons().size())).isVisible();
			}
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("learner-lesson.png")));
			page.navigate(url("/quiz/" + COURSE));
			for (int i = 0; i < half; i++) {
				assertThat(page.getByText("Scenario " + (i + 1) + " of " + scenarios)).isVisible();
				answerBest(page, version);
				assertThat(page.getByText(Pattern.compile("Saved at \\d\\d:\\d\\d:\\d\\d"))).isVisible();
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
			}
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("learner-quiz.png")));
		}

		try (BrowserContext second = newContext()) {
			Page page = second.newPage();
			page.navigate(url("/quiz/" + COURSE));
			signIn(page, ViewTest.LEARNER);
			Locator navigator = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Questions"));
			assertThat(navigator.getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName(Pattern.compile(", answered$"))))
				.hasCount(half);
			assertThat(page.getByText("Scenario " + (half + 1) + " of " + scenarios)).isVisible();
			for (int i = half; i < scenarios; i++) {
				assertThat(page.getByText("Scenario " + (i + 1) + " of " + scenarios)).isVisible();
				answerBest(page, version);
				assertThat(page.getByText(Pattern.compile("Saved at "))).isVisible();
				if (i < scenarios - 1) {
					page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
				}
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers")).click();
			Locator verdict = page.getByRole(AriaRole.STATUS);
			assertThat(verdict).containsText("Passed");
			assertThat(verdict).containsText("100%");
			page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("learner-result.png")).setFullPage(true));

			Download download = page.waitForDownload(() -> page.getByText("Download your certificate (PDF)").click());
			Path pdf = SCREENSHOTS.resolve("certificate.pdf");
			Files.createDirectories(SCREENSHOTS);
			download.saveAs(pdf);
			String text;
			try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
				text = new PDFTextStripper().getText(document);
			}
			assertThat(text).contains("Lena Learner", version.title(), "100%");
			Matcher code = Pattern.compile("Verification code ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})").matcher(text);
			assertThat(code.find()).as(text).isTrue();

			try (BrowserContext stranger = newContext()) {
				Page verify = stranger.newPage();
				verify.navigate(url("/verify"));
				verify.getByLabel("Verification code").fill(code.group(1));
				verify.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check")).click();
				assertThat(verify.getByText("Valid. Issued to Lena Learner")).isVisible();
				verify.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("verify.png")));
			}
		}
	}

	/**
	 * Chooses the best option of the scenario on screen, found by its situation's option
	 * texts.
	 */
	private void answerBest(Page page, BankVersion version) {
		page.getByRole(AriaRole.RADIO).first().waitFor();
		long deadline = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < deadline) {
			// Poll: the options' labels render a moment after the radio buttons
			// themselves.
			for (BankVersion.BankScenario scenario : version.scenarios()) {
				Locator best = page.getByRole(AriaRole.RADIO,
						new Page.GetByRoleOptions().setName(scenario.best().text()).setExact(true));
				if (best.count() > 0) {
					best.check();
					return;
				}
			}
		}
		throw new AssertionError("No scenario of the bank is on screen");
	}

}
