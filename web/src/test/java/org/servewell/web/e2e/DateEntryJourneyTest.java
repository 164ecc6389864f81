package org.servewell.web.e2e;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Dates typed into date fields are read the way Servewell shows them (day first, "1 Dec
 * 2026"), and ISO dates are accepted too. Only a browser can show this: the date picker
 * parses what is typed on the client.
 */
class DateEntryJourneyTest extends BrowserJourney {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/yyyy", Locale.ENGLISH);

	@Test
	void trainer_types_day_first_and_iso_dates_into_the_audit_filters_and_they_filter_as_read() {
		LocalDate today = LocalDate.now();
		try (BrowserContext context = newContext()) {
			Page page = openSignedIn(context, "/studio/course/dignity-for-everyone", TRAINER);
			Locator startDraft = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a draft"));
			Locator discardDraft = page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Discard draft"));
			assertThat(startDraft.or(discardDraft).first()).isVisible();
			if (startDraft.isVisible()) {
				startDraft.click();
				assertThat(discardDraft).isVisible();
			}
			page.navigate(url("/audit"));
			Locator matches = page.getByText(Pattern.compile("entr(y|ies), newest first"));
			assertThat(matches).not().hasText(Pattern.compile("^0 entries"));
			String everything = matches.textContent();
			Locator from = page.getByLabel("From");
			Locator to = page.getByLabel("To", new Page.GetByLabelOptions().setExact(true));

			from.fill("1/12/2026");
			from.press("Enter");
			assertThat(from).hasValue("1 Dec 2026");

			from.fill(DAY_FIRST.format(today));
			from.press("Enter");
			to.fill(DAY_FIRST.format(today));
			to.press("Enter");
			assertThat(from).hasValue(SHOWN.format(today));
			assertThat(to).hasValue(SHOWN.format(today));
			assertThat(matches).hasText(everything);
			screenshot(page, "audit-dates-day-first.png");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Clear filters")).click();
			// The count already matched before clearing: wait for the cleared fields
			// instead.
			assertThat(from).hasValue("");
			assertThat(to).hasValue("");
			to.fill(today.minusDays(1).toString());
			to.press("Enter");
			assertThat(to).hasValue(SHOWN.format(today.minusDays(1)));
			assertThat(matches).hasText("0 entries, newest first");
			screenshot(page, "audit-dates-iso.png");
		}
	}

}
