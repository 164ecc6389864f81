package org.servewell.web.e2e;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.Test;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo people sign in to a running Servewell in a real Chromium.
 */
class SignInJourneyTest extends BrowserJourney {

	@Test
	void learner_signs_in_with_a_new_session_and_sees_the_catalogue_but_no_hr_or_admin_navigation() {
		String firstCourse = ContentReader.read(ContentSource.bundled()).courses().get(0).title();
		try (BrowserContext context = chromium.browser
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 860))) {
			Page page = context.newPage();
			page.navigate(url("/catalog"));
			page.waitForURL(Pattern.compile(".*/login.*"));
			assertThat(page.getByText("Demo accounts")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("sign-in.png")).setFullPage(true));
			String sessionBefore = sessionId(context);

			signIn(page, LEARNER);

			assertThat(sessionId(context)).isNotEqualTo(sessionBefore);
			page.waitForURL(Pattern.compile(".*/catalog.*"));
			assertThat(page.getByText(firstCourse).first()).isVisible();
			Locator navigation = page.getByRole(AriaRole.NAVIGATION);
			assertThat(navigation.getByText("Catalogue")).isVisible();
			assertThat(navigation.getByText("Employees")).hasCount(0);
			assertThat(navigation.getByText("People")).hasCount(0);
			assertThat(page.getByText("Lena Learner")).isVisible();
			assertThat(page.getByText("Demo data")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("learner-catalogue.png")));

			page.navigate(url("/employees"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found")))
				.isVisible();
			// The frame stays around Page not found.
			assertThat(page.getByRole(AriaRole.NAVIGATION).getByText("Catalogue")).isVisible();
		}
	}

	@Test
	void hr_sees_employees_in_the_navigation_and_opens_the_employee_list() {
		try (BrowserContext context = chromium.browser
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 860))) {
			Page page = context.newPage();
			page.navigate(url("/"));
			signIn(page, HR);
			assertThat(page.getByText("Welcome, Hana")).isVisible();

			Locator navigation = page.getByRole(AriaRole.NAVIGATION);
			assertThat(navigation.getByText("Employees")).isVisible();
			assertThat(navigation.getByText("People")).hasCount(0);
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("hr-home.png")));
			navigation.getByText("Employees").click();
			assertThat(page.getByText("Lena Learner")).isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("hr-employees.png")));
		}
	}

	@Test
	void administrator_adds_a_person_who_can_then_sign_in() {
		try (BrowserContext admin = chromium.browser
			.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 860))) {
			Page page = admin.newPage();
			page.navigate(url("/admin/people"));
			signIn(page, ADMIN);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add person")).click();
			Locator dialog = page.getByRole(AriaRole.DIALOG);
			dialog.getByLabel("Email (sign-in name)").fill("petra.new@example.org");
			dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("Petra New");
			dialog.getByLabel("Job role").fill("Contact centre advisor");
			dialog.getByLabel("Initial password").fill("first day at work!");
			page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("admin-add-person.png")));
			dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
			assertThat(page.locator("vaadin-notification-card")).containsText("Saved Petra New.");
			// The demo organisation fills more rows than the page shows: search for her.
			page.getByLabel("Search people").fill("petra");
			assertThat(page.getByText("petra.new@example.org")).isVisible();
		}
		try (BrowserContext newcomer = chromium.browser.newContext()) {
			Page page = newcomer.newPage();
			page.navigate(url("/login"));
			page.getByLabel("Email").fill("petra.new@example.org");
			page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("first day at work!");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			assertThat(page.getByText("Welcome, Petra")).isVisible();
		}
	}

	@Test
	void wrong_password_keeps_the_visitor_out_with_a_plain_message() {
		try (BrowserContext context = chromium.browser.newContext()) {
			Page page = context.newPage();
			fillSignIn(page, LEARNER, "not the password");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

			page.waitForURL(Pattern.compile(".*/login\\?error.*"));
			assertThat(page.getByText("Email or password not recognised")).isVisible();
		}
	}

	@Test
	void learner_who_signs_in_while_the_database_is_stopped_is_told_so_and_signs_in_once_it_is_back() {
		try (BrowserContext context = chromium.browser.newContext()) {
			Page page = context.newPage();
			fillSignIn(page, LEARNER, DEMO_PASSWORD);
			cutDatabase();
			try {
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

				page.waitForURL(Pattern.compile(".*/login\\?error.*"), new Page.WaitForURLOptions().setTimeout(30_000));
				assertThat(page.getByText("Sign-in is not possible just now")).isVisible();
				assertThat(page.getByText("Nothing is wrong with your email or password").first()).isVisible();
				assertThat(page.getByText("Email or password not recognised")).hasCount(0);
			}
			finally {
				restoreDatabase();
			}

			signIn(page, LEARNER);
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
		}
	}

	@Test
	void visitor_who_mistypes_the_password_finds_their_email_still_typed() {
		try (BrowserContext context = chromium.browser.newContext()) {
			Page page = context.newPage();
			fillSignIn(page, "someone.new@example.org", "not the password");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

			page.waitForURL(Pattern.compile(".*/login\\?error.*"));
			assertThat(page.getByText("Email or password not recognised")).isVisible();
			assertThat(page.getByLabel("Email")).hasValue("someone.new@example.org");
			assertThat(page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))).hasValue("");
			assertThat(page.url()).doesNotContain("someone").doesNotContain("password");
		}
	}

	/** Opens the sign-in page and types the email and password, without sending them. */
	private void fillSignIn(Page page, String email, String password) {
		page.navigate(url("/login"));
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
	}

	private static String sessionId(BrowserContext context) {
		return context.cookies()
			.stream()
			.filter((cookie) -> cookie.name.equals("JSESSIONID"))
			.map((Cookie cookie) -> cookie.value)
			.findFirst()
			.orElse("");
	}

}
