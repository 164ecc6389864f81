package org.servewell.web.e2e;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Servewell on a phone 390 CSS pixels wide, in a real Chromium: nothing runs off the
 * right edge (no sideways scrolling, nothing cut off inside a box), the header keeps
 * "Sign out" on screen, and the sign-in card stays whole.
 */
@ScreensOnly
class PhoneWidthJourneyTest extends MainScreensJourney {

	private static final int PHONE_WIDTH = 390;

	/**
	 * What sticks out of the screen sideways: the page wider than the window, or any
	 * visible text, button, field or table whose box leaves the window. The drawer,
	 * closed off screen on a phone, does not count; nor do the cells of a grid or the
	 * tabs of a tab strip, which scroll sideways inside a box that must itself fit.
	 */
	private static final String OFF_SCREEN = """
			() => {
			  const width = window.innerWidth;
			  const found = [];
			  const page = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
			  if (page > width) found.push('the page is ' + page + ' px wide');
			  const boxed = /^(VAADIN-BUTTON|VAADIN-GRID|VAADIN-TEXT-FIELD|VAADIN-LOGIN-FORM|INPUT)$/;
			  for (const element of document.querySelectorAll('body *')) {
			    if (element.closest('[slot=drawer], vaadin-tooltip, [aria-hidden=true]')) continue;
			    if (element.parentElement && element.parentElement.closest('vaadin-grid, vaadin-tabs')) continue;
			    const text = [...element.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent.trim()).join(' ').trim();
			    if (!text && !boxed.test(element.tagName)) continue;
			    const box = element.getBoundingClientRect();
			    if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
			    if (box.right > width + 1 || box.left < -1) {
			      const name = element.tagName.toLowerCase() + [...element.classList].map((c) => '.' + c).join('');
			      found.push(name + ' "' + text.slice(0, 40) + '" from ' + Math.round(box.left) + ' to ' + Math.round(box.right) + ' px');
			    }
			    if (found.length > 12) break;
			  }
			  return found;
			}""";

	@Test
	void sign_in_card_stays_whole_on_a_phone_screen() {
		try (BrowserContext phone = newPhoneContext()) {
			Page page = phone.newPage();
			page.navigate(url("/login"));
			// The first page after the jar starts can be slow on a loaded machine.
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")))
				.isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
			screenshot(page, "phone-login.png");
			assertInsideScreen(page.locator(".sw-login-card"), "the sign-in card");
			assertThat(offScreen(page)).as("off screen on the sign-in page").isEmpty();
		}
	}

	@Test
	void header_keeps_sign_out_on_a_phone_screen() {
		try (BrowserContext phone = newPhoneContext()) {
			Page page = openSignedIn(phone, "/", HR);
			screenshot(page, "phone-header.png");
			assertInsideScreen(page.locator(".sw-header"), "the header");
			assertInsideScreen(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")),
					"Sign out");
		}
	}

	@Test
	void result_page_badges_and_attempts_fit_a_phone_screen() {
		try (BrowserContext admin = newContext(); BrowserContext phone = newPhoneContext()) {
			takeQuizAsNewLearner(admin, phone);
			Page page = phone.pages().get(phone.pages().size() - 1);
			screenshot(page, "phone-result.png");
			Locator badges = page.locator(".sw-feedback-summary > span");
			for (int i = 0; i < badges.count(); i++) {
				assertInsideScreen(badges.nth(i), "feedback badge " + badges.nth(i).innerText());
			}
			assertInsideScreen(page.locator("h3:text-is('Your attempts') + *"), "the attempts");
			assertThat(offScreen(page)).as("off screen on the result page").isEmpty();
		}
	}

	@Test
	void every_main_screen_fits_a_phone_screen_without_sideways_scrolling() {
		List<String> problems = new ArrayList<>();
		tourMainScreens(this::newPhoneContext, (screen, page) -> {
			screenshot(page, "phone-" + screen.replace(' ', '-') + ".png");
			System.out.println("Phone width: " + screen + " is "
					+ page.evaluate("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")
					+ " px wide");
			offScreen(page).forEach((problem) -> problems.add(screen + ": " + problem));
		});
		assertThat(problems).as("what leaves a 390 px screen sideways").isEmpty();
	}

	@SuppressWarnings("unchecked")
	private static List<String> offScreen(Page page) {
		return (List<String>) page.evaluate(OFF_SCREEN);
	}

	private static void assertInsideScreen(Locator locator, String what) {
		BoundingBox box = locator.first().boundingBox();
		assertThat(box).as(what + " is shown").isNotNull();
		assertThat(box.x).as(what + ": left edge").isGreaterThanOrEqualTo(-1);
		assertThat(box.x + box.width).as(what + ": right edge").isLessThanOrEqualTo(PHONE_WIDTH + 1);
	}

}
