package org.servewell.web.e2e;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo learner's bell in Chromium: its name counts the unread reminders (the reminder
 * job sent her one about her first course, due within the week), a click lists them,
 * following one opens exactly the page it links to and the count goes down by one; then
 * she changes which reminders she gets by mail, and the choice is kept.
 */
class NotificationBellJourneyTest extends BrowserJourney {

	private static final Pattern UNREAD = Pattern.compile("Notifications, (none|[\\d,]+) unread");

	/**
	 * A course reminder as the bell shows it: "Due soon: Service first time, every time"
	 * and when, "2 Dec 2026, 06:00".
	 */
	private static final Pattern COURSE_NOTICE = Pattern
		.compile("(?:Due soon|Due today|Overdue): (.+?)\\s*\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d\\d:\\d\\d");

	private static final String DUE_SOON = "A course of mine is due soon";

	private static final String DUE_TODAY = "A course of mine is due today";

	@Test
	void learner_follows_an_unread_reminder_to_its_course_and_the_bells_count_goes_down_by_one() {
		try (BrowserContext browser = newContext()) {
			Page page = openSignedIn(browser, "/", LEARNER);
			Locator bell = bell(page);
			int unread = unread(bell);
			assertThat(unread).as("the demo learner's unread reminders").isPositive();

			bell.click();
			Locator notices = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Notifications"));
			Locator unreadNotices = notices.getByRole(AriaRole.LISTITEM)
				.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^New")));
			assertThat(unreadNotices.first()).isVisible();
			int unreadShown = unreadNotices.count();
			screenshot(page, "bell-open.png");
			Locator notice = unreadNotices.first().getByRole(AriaRole.LINK);
			String href = notice.getAttribute("href");
			Matcher topic = COURSE_NOTICE.matcher(notice.innerText());
			assertThat(topic.find()).as(notice.innerText()).isTrue();
			String course = topic.group(1);

			notice.click();

			page.waitForURL(url("/" + href));
			assertThat(href).startsWith("course/");
			assertThat(heading(page, course)).isVisible();
			assertThat(bell).hasAttribute("aria-label", (unread == 1) ? "Notifications, none unread"
					: "Notifications, " + String.format(Locale.ENGLISH, "%,d", unread - 1) + " unread");
			page.reload();
			assertThat(unread(bell(page))).as("read stays read").isEqualTo(unread - 1);
			bell(page).click();
			assertThat(unreadNotices).hasCount(unreadShown - 1);
			screenshot(page, "bell-after-reading.png");
		}
	}

	@Test
	void learner_changes_a_reminder_choice_in_my_notifications_and_finds_it_kept_after_a_reload() {
		try (BrowserContext browser = newContext()) {
			Page page = openSignedIn(browser, "/", LEARNER);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lena Learner: my notifications"))
				.click();
			page.waitForURL(url("/profile"));
			assertThat(heading(page, "My notifications")).isVisible();
			Locator dueSoon = choice(page, DUE_SOON);
			boolean before = dueSoon.isChecked();
			boolean dueToday = choice(page, DUE_TODAY).isChecked();

			dueSoon.setChecked(!before);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save choices")).click();
			assertThat(page.getByText("Your notification choices are saved.")).isVisible();
			page.reload();

			assertThat(heading(page, "My notifications")).isVisible();
			if (before) {
				assertThat(choice(page, DUE_SOON)).not().isChecked();
			}
			else {
				assertThat(choice(page, DUE_SOON)).isChecked();
			}
			assertThat(choice(page, DUE_TODAY).isChecked()).as("the choice left alone").isEqualTo(dueToday);
			screenshot(page, "my-notifications.png");
		}
	}

	private static Locator bell(Page page) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(UNREAD));
	}

	/** The unread count the bell's name says. */
	private static int unread(Locator bell) {
		assertThat(bell).isVisible();
		String name = bell.getAttribute("aria-label");
		Matcher matcher = UNREAD.matcher(name);
		assertThat(matcher.matches()).as(name).isTrue();
		return matcher.group(1).equals("none") ? 0 : Integer.parseInt(matcher.group(1).replace(",", ""));
	}

	private static Locator choice(Page page, String name) {
		return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Mail me when"))
			.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(name));
	}

}
