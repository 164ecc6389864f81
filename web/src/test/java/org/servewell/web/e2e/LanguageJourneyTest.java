package org.servewell.web.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The production jar serves its screens in the browser's language, and in the language a
 * person chooses on their profile.
 */
class LanguageJourneyTest extends BrowserJourney {

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

	private static void choose(Page page, String select, String option) {
		page.getByLabel(select).click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option)).click();
	}

}
