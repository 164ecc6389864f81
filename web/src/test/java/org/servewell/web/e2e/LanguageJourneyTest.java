package org.servewell.web.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production jar serves its screens in the browser's language, and in the language a
 * person chooses on their profile.
 */
class LanguageJourneyTest extends MainScreensJourney {

	private static final String GERMAN_TITLE = "Guter Service vom ersten Mal an – jedes Mal";

	@Test
	void a_learner_whose_browser_speaks_german_signs_in_and_reads_my_learning_in_german_on_a_phone() {
		try (BrowserContext german = chromium.browser.newContext(new Browser.NewContextOptions().setLocale("de-DE")
			.setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true))) {
			Page page = german.newPage();
			page.navigate(url("/learning"));
			page.waitForURL(Pattern.compile(".*/login.*"));
			assertThat(page).hasTitle("Anmelden · Servewell");
			assertThat(page.getByText("Servicekultur – gelernt und gelebt.")).isVisible();

			page.getByLabel("E-Mail").fill(LEARNER);
			page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();

			assertThat(heading(page, "Meine Schulungen")).isVisible();
			assertThat(page).hasTitle("Meine Schulungen");
			assertThat(page.getByText("Lektionen gelesen").first()).isVisible();
			screenshot(page, "my-learning-de-phone.png");
		}
	}

	@Test
	void a_manager_chooses_german_on_the_profile_and_then_goes_back_to_the_browser_language() {
		try (BrowserContext english = chromium.browser
			.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 860))) {
			Page page = openSignedIn(english, "/profile", MANAGER);
			assertThat(heading(page, "My notifications")).isVisible();

			choose(page, "Language of the screens", "Deutsch");

			assertThat(heading(page, "Meine Benachrichtigungen")).isVisible();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden"))).isVisible();
			page.navigate(url("/"));
			assertThat(page.getByText("Hier beginnt Ihre Arbeit in Servewell.")).isVisible();
			screenshot(page, "home-chosen-german.png");

			page.navigate(url("/profile"));
			choose(page, "Sprache der Oberfläche", "Wie mein Browser");

			assertThat(heading(page, "My notifications")).isVisible();
		}
	}

	@Test
	void a_new_hire_whose_browser_speaks_german_reads_the_translated_course_and_answers_its_quiz_in_german_on_a_phone() {
		String learner = newLearner();
		try (BrowserContext german = phone("de-DE")) {
			Page page = german.newPage();
			page.navigate(url("/course/" + COURSE));
			page.getByLabel("E-Mail").fill(learner);
			page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();

			assertThat(heading(page, GERMAN_TITLE)).isVisible();
			assertThat(heading(page, "Warum Verlässlichkeit Kunden bindet")).isVisible();
			assertThat(page.locator("html")).hasAttribute("lang", "de");
			assertThat(page.locator(".sw-markdown[lang=de]")).isVisible();
			assertThat(page.locator("[lang=en]").filter(new Locator.FilterOptions().setHasText("Great service")))
				.hasCount(1);
			fitsThePhone(page);
			screenshot(page, "course-de-phone.png");

			page.navigate(url("/quiz/" + COURSE));
			assertThat(heading(page, GERMAN_TITLE + ": Quiz")).isVisible();
			assertThat(page.getByText("Szenario 1 von ").first()).isVisible();
			assertThat(page.locator("[lang=de]").first()).containsText("Sie");
			page.getByRole(AriaRole.RADIO).first().check();
			assertThat(page.getByText("Antwort gespeichert um")).isVisible();
			fitsThePhone(page);
			screenshot(page, "quiz-de-phone.png");
		}
	}

	@Test
	void a_new_hire_whose_browser_speaks_english_takes_the_same_quiz_in_english_on_a_phone() {
		String learner = newLearner();
		try (BrowserContext english = phone("en-GB")) {
			Page page = english.newPage();
			page.navigate(url("/quiz/" + COURSE));
			signIn(page, learner, PASSWORD);

			assertThat(heading(page, COURSE_TITLE + ": quiz")).isVisible();
			assertThat(page.locator("html")).hasAttribute("lang", "en");
			page.getByRole(AriaRole.RADIO).first().check();
			assertThat(page.getByText("Answer saved at")).isVisible();
			fitsThePhone(page);
			screenshot(page, "quiz-en-phone.png");
		}
	}

	/** A learner added by an administrator for this test alone. */
	private String newLearner() {
		try (BrowserContext admins = chromium.browser
			.newContext(new Browser.NewContextOptions().setLocale("en-GB").setViewportSize(1280, 860))) {
			return addLearner(openSignedIn(admins, "/admin/people", ADMIN), (dialog) -> {
			});
		}
	}

	private static BrowserContext phone(String locale) {
		return chromium.browser.newContext(new Browser.NewContextOptions().setLocale(locale)
			.setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true));
	}

	/** Nothing on the page is wider than the phone: no sideways scrolling. */
	private static void fitsThePhone(Page page) {
		Object width = page.evaluate("document.scrollingElement.scrollWidth");
		assertThat(((Number) width).intValue()).as("page width on a 390 px phone").isLessThanOrEqualTo(390);
	}

	private static void choose(Page page, String select, String option) {
		page.getByLabel(select).click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
	}

}
