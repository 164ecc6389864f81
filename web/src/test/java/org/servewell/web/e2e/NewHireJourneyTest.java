package org.servewell.web.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
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
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.CourseContent;
import org.servewell.content.OptionContent;
import org.servewell.content.ScenarioContent;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The new hire's journey in a real Chromium against the production jar: HR adds the
 * employee, whose department's rule gives the onboarding path; the new hire reads the
 * lessons, answers half the quiz, closes the browser, comes back to find the answers
 * kept, finishes, passes, reads the certificate's verification code, downloads the PDF
 * and has it verified.
 */
class NewHireJourneyTest extends BrowserJourney {

	private static final String COURSE = "first-time-every-time";

	/**
	 * The course as the bundled content has it (the jar loads the same files): its answer
	 * key lets the test choose the best answers the way a good learner would.
	 */
	private static final CourseContent CONTENT = ContentReader.read(ContentSource.bundled())
		.course(COURSE)
		.orElseThrow();

	private static final String PASSWORD = "a long first password";

	@Test
	void new_hire_reads_answers_half_leaves_returns_to_kept_answers_passes_and_has_the_certificate_verified()
			throws IOException {
		CourseContent version = CONTENT;
		String id = UUID.randomUUID().toString().substring(0, 8);
		String email = "new-hire-" + id + "@test.servewell.org";
		String name = "Nina " + id;
		addEmployee(email, name);
		int scenarios;
		int half;

		try (BrowserContext first = newContext()) {
			Page page = first.newPage();
			page.navigate(url("/learning"));
			signIn(page, email, PASSWORD);
			assertThat(page.getByText("Front-line onboarding").first()).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("learner-my-learning.png"))
				.setFullPage(true));
			for (int lesson = 1; lesson <= version.lessons().size(); lesson++) {
				page.navigate(url("/course/" + COURSE + "?lesson=" + lesson));
				assertThat(page.getByText("Lesson " + lesson + " of " + version.lessons().size())).isVisible();
			}
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("learner-lesson.png")));
			page.navigate(url("/quiz/" + COURSE));
			// Another journey may have published a version with fewer scenarios per
			// attempt: the page says how many.
			Matcher count = Pattern.compile("Scenario 1 of (\\d+)")
				.matcher(page.getByText(Pattern.compile("Scenario 1 of \\d+")).innerText());
			assertThat(count.find()).isTrue();
			scenarios = Integer.parseInt(count.group(1));
			half = scenarios / 2;
			for (int i = 0; i < half; i++) {
				assertThat(page.getByText("Scenario " + (i + 1) + " of " + scenarios)).isVisible();
				answerBest(page, version);
				assertThat(page.getByText(Pattern.compile("Answer saved at \\d\\d:\\d\\d:\\d\\d"))).isVisible();
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
			}
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("learner-quiz.png")));
		}

		try (BrowserContext second = newContext()) {
			Page page = second.newPage();
			page.navigate(url("/quiz/" + COURSE));
			signIn(page, email, PASSWORD);
			Locator navigator = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Questions"));
			assertThat(navigator.getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName(Pattern.compile(", answered$"))))
				.hasCount(half);
			assertThat(page.getByText("Scenario " + (half + 1) + " of " + scenarios)).isVisible();
			for (int i = half; i < scenarios; i++) {
				assertThat(page.getByText("Scenario " + (i + 1) + " of " + scenarios)).isVisible();
				answerBest(page, version);
				assertThat(page.getByText(Pattern.compile("Answer saved at "))).isVisible();
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

			Matcher shown = Pattern.compile("Verification code ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})")
				.matcher(page.locator(".sw-verification").first().innerText());
			assertThat(shown.find()).as("the verification code on the result page").isTrue();

			Download download = page.waitForDownload(() -> page.getByText("Download your certificate (PDF)").click());
			assertThat(download.failure()).as("the certificate download").isNull();
			Path pdf = SCREENSHOTS.resolve("certificate-" + ProductionJar.DATABASE.name().toLowerCase() + ".pdf");
			Files.createDirectories(SCREENSHOTS);
			download.saveAs(pdf);
			String text;
			try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
				text = new PDFTextStripper().getText(document);
			}
			assertThat(text).contains(name, version.title(), "100%");
			Matcher code = Pattern.compile("Verification code ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})").matcher(text);
			assertThat(code.find()).as(text).isTrue();
			assertThat(code.group(1)).as("the code on the page is the one in the PDF").isEqualTo(shown.group(1));
			assertThat(text).as("the PDF names where to check it").contains(url("/verify"));

			page.navigate(url("/learning"));
			assertThat(page.getByText("Verification code " + code.group(1))).isVisible();
			Download badge = page.waitForDownload(() -> page.getByText("Open Badge (SVG)").first().click());
			assertThat(badge.failure()).as("the badge download").isNull();
			Path svg = SCREENSHOTS.resolve("badge-" + ProductionJar.DATABASE.name().toLowerCase() + ".svg");
			badge.saveAs(svg);
			assertThat(Files.readString(svg)).contains("<openbadges:credential verify=\"ey", version.title());
			Download credential = page.waitForDownload(() -> page.getByText("Signed credential (JWT)").first().click());
			Path jwt = SCREENSHOTS.resolve("badge-" + ProductionJar.DATABASE.name().toLowerCase() + ".jwt");
			credential.saveAs(jwt);
			assertThat(OpenBadgeCheck.verifiesWithPublishedKeys(Files.readString(jwt).strip(), url("")))
				.as("checked with the JWK set the production jar publishes, by the JDK alone")
				.isTrue();

			try (BrowserContext stranger = newContext()) {
				Page verify = stranger.newPage();
				verify.navigate(url("/verify"));
				verify.getByLabel("Verification code").fill(code.group(1));
				verify.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check")).click();
				assertThat(verify.getByText("Valid. Issued to " + name)).isVisible();
				verify.locator("vaadin-upload#badge-file input[type=file]").setInputFiles(svg);
				assertThat(verify.getByText("Genuine: \u201c" + version.title() + "\u201d")).isVisible();
				verify.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("verify.png")));
			}
		}
	}

	/**
	 * HR adds the new hire to the Front desk, whose assignment rule gives the front-line
	 * onboarding path.
	 */
	private void addEmployee(String email, String name) {
		try (BrowserContext browser = newContext()) {
			Page hr = openSignedIn(browser, "/employees", HR);
			Locator dialog = openDialog(hr, "Add employee");
			dialog.getByLabel("Email (sign-in name)").fill(email);
			dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(name);
			dialog.getByLabel("Department").fill("Front desk");
			dialog.getByLabel("Department").press("Enter");
			dialog.getByLabel("Job role").fill("Receptionist");
			dialog.getByLabel("Initial password").fill(PASSWORD);
			dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
			assertThat(hr.getByText("Saved " + name + ".")).isVisible();
		}
	}

	/**
	 * Chooses the best option of the scenario on screen, found by its option texts.
	 */
	private void answerBest(Page page, CourseContent version) {
		page.getByRole(AriaRole.RADIO).first().waitFor();
		long deadline = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < deadline) {
			// Poll: the options' labels render a moment after the radio buttons
			// themselves.
			for (ScenarioContent scenario : version.scenarios()) {
				OptionContent bestOption = scenario.options()
					.stream()
					.filter((option) -> option.rating() == OptionContent.BEST_RATING)
					.findFirst()
					.orElseThrow();
				Locator best = page.getByRole(AriaRole.RADIO,
						new Page.GetByRoleOptions().setName(bestOption.text()).setExact(true));
				if (best.count() > 0) {
					best.check();
					return;
				}
			}
		}
		throw new AssertionError("No scenario of the bank is on screen");
	}

}
