package org.servewell.web.e2e;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Servewell in a real Chromium under its security settings: the Content-Security-Policy
 * leaves every page working, and a person whose access is removed while their page is
 * open is taken to the sign-in page with a message at their next click.
 */
class SecurityJourneyTest extends BrowserJourney {

	private static final String COURSE = "first-time-every-time";

	private static final String PASSWORD = "a long first password";

	@Test
	void sign_in_home_lessons_and_quiz_work_under_the_content_security_policy_without_violations() {
		String email = addPerson("Front desk");
		int lessons = ContentReader.read(ContentSource.bundled()).course(COURSE).orElseThrow().lessons().size();
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			List<String> violations = watchForViolations(page);
			page.navigate(url("/"));
			signIn(page, email, PASSWORD);
			assertThat(page.getByText("Welcome, Sam")).isVisible();
			for (int lesson = 1; lesson <= lessons; lesson++) {
				page.navigate(url("/course/" + COURSE + "?lesson=" + lesson));
				assertThat(page.getByText("Lesson " + lesson + " of " + lessons)).isVisible();
			}
			page.navigate(url("/quiz/" + COURSE));
			assertThat(page.getByText(Pattern.compile("Scenario 1 of \\d+"))).isVisible();
			page.getByRole(AriaRole.RADIO).first().click();
			assertThat(page.getByText(Pattern.compile("Answer saved at \\d\\d:\\d\\d:\\d\\d"))).isVisible();

			assertThat(violations).as("CSP violations and script errors").isEmpty();
		}
	}

	@Test
	void person_whose_access_is_removed_is_taken_to_sign_in_with_a_message_at_the_next_click() {
		String email = addPerson("Kitchen");
		try (BrowserContext personBrowser = newContext(); BrowserContext adminBrowser = newContext()) {
			Page person = personBrowser.newPage();
			person.navigate(url("/"));
			signIn(person, email, PASSWORD);
			assertThat(person.getByText("Welcome, Sam")).isVisible();

			Page admin = openSignedIn(adminBrowser, "/admin/people", ADMIN);
			// The demo organisation fills more rows than the page shows: search for them.
			admin.getByLabel("Search people").fill(email);
			admin.getByText(email).click();
			Locator dialog = admin.getByRole(AriaRole.DIALOG);
			dialog.getByLabel("Can sign in").uncheck();
			dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
			assertThat(admin.locator("vaadin-notification-card")).containsText("Saved");

			person.getByRole(AriaRole.NAVIGATION).getByText("Catalogue").click();

			person.waitForURL(Pattern.compile(".*/login\\?ended.*"));
			assertThat(person.getByText("You were signed out")).isVisible();
			assertThat(person.getByText("Invalid JSON response")).hasCount(0);
		}
	}

	/**
	 * Adds a person who can sign in, as an administrator does, and returns their email.
	 */
	private String addPerson(String department) {
		String email = "sam-" + UUID.randomUUID().toString().substring(0, 8) + "@test.servewell.org";
		try (BrowserContext browser = newContext()) {
			Page hr = openSignedIn(browser, "/employees", HR);
			Locator dialog = openDialog(hr, "Add employee");
			dialog.getByLabel("Email (sign-in name)").fill(email);
			dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("Sam Secure");
			dialog.getByLabel("Department").fill(department);
			dialog.getByLabel("Department").press("Enter");
			dialog.getByLabel("Job role").fill("Receptionist");
			dialog.getByLabel("Initial password").fill(PASSWORD);
			dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
			assertThat(hr.getByText("Saved Sam Secure.")).isVisible();
		}
		return email;
	}

	/**
	 * Collects what the browser reports about the page: Content-Security-Policy
	 * violations (as console messages and as events) and uncaught script errors.
	 */
	private static List<String> watchForViolations(Page page) {
		List<String> problems = new CopyOnWriteArrayList<>();
		page.addInitScript("document.addEventListener('securitypolicyviolation', (e) => "
				+ "console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI));");
		page.onConsoleMessage((message) -> {
			String text = message.text();
			if (text.contains("Content Security Policy") || text.contains("CSP violation")
					|| text.contains("Permissions-Policy")) {
				problems.add(text);
			}
		});
		page.onPageError((error) -> problems.add("script error: " + error));
		return problems;
	}

}
