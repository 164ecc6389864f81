package org.servewell.web.e2e;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.CourseContent;
import org.servewell.content.OptionContent;
import org.servewell.content.ScenarioContent;
import org.servewell.shared.KrippendorffAlpha;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Two trainers key a course's draft in a real Chromium, each blind to the other's ratings
 * until they submit; the panel then shows both, flags the option they differ on by two,
 * and says how well they agree; the panel's key is applied and published, and the version
 * says who keyed it.
 */
// A jar of its own: the version it publishes must not reach other journeys.
@OwnProductionJar("keying-journey")
class KeyingJourneyTest extends BrowserJourney {

	private static final String COURSE = "dignity-for-everyone";

	private static final String THEO = "Theo Trainer";

	private static final String TARIQ = "Tariq Trainer";

	/**
	 * The course as the bundled content has it (the jar loads the same files): the
	 * trainers key it as its authors did, but for the options below.
	 */
	private static final CourseContent CONTENT = ContentReader.read(ContentSource.bundled())
		.course(COURSE)
		.orElseThrow();

	private static final ScenarioContent FIRST = CONTENT.scenarios().get(0);

	private static final ScenarioContent SECOND = CONTENT.scenarios().get(1);

	/** An option of the first scenario the authors rated 1: Theo rates it 3, Tariq 1. */
	private static final int DISPUTED = optionRated(FIRST, 1);

	/** An option of the second scenario the authors rated 3: Tariq rates it 2. */
	private static final int CLOSE = optionRated(SECOND, 3);

	private static final int OPTIONS = CONTENT.scenarios().stream().mapToInt((s) -> s.options().size()).sum();

	@Test
	void two_trainers_key_blind_see_the_panel_flag_their_disagreement_and_publish_its_key() {
		try (BrowserContext theoBrowser = newContext(); BrowserContext tariqBrowser = newContext()) {
			Page theo = theoBrowser.newPage();
			theo.navigate(url("/studio"));
			signIn(theo, TRAINER);
			theo.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CONTENT.title())).click();
			theo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start a draft")).click();
			assertThat(theo.getByText("Ready to publish")).isVisible();
			openKeying(theo);
			assertThat(theo.getByText("No trainer has submitted a key yet.")).isVisible();
			assertThat(theo.getByText("it would be published on a single author's key")).isVisible();
			startKeying(theo);
			rateAll(theo, Map.of(FIRST.title() + "/" + DISPUTED, 3));
			assertThat(theo.getByText("You are keying this draft: the panel shows once you submit your key."))
				.isVisible();
			assertNoPanel(theo);
			screenshot(theo, "keying-form.png");
			submit(theo);
			assertThat(raters(theo)).hasText(panelOf(THEO));

			Page tariq = tariqBrowser.newPage();
			tariq.navigate(url("/studio/course/" + COURSE));
			signIn(tariq, SECOND_TRAINER);
			openKeying(tariq);
			assertThat(tariq.getByText("Submitted their key: " + THEO + ".")).isVisible();
			assertThat(tariq.getByText("You have not keyed this draft.")).isVisible();
			assertNoPanel(tariq);
			startKeying(tariq);
			assertThat(tariq.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setChecked(true))).hasCount(0);
			assertNoPanel(tariq);
			screenshot(tariq, "keying-blind.png");
			rateAll(tariq, Map.of(SECOND.title() + "/" + CLOSE, 2));
			submit(tariq);

			assertThat(raters(tariq)).hasText(panelOf(TARIQ, THEO));
			assertThat(tariq.getByText("1 option has ratings 2 or more apart: discuss it before applying the key."))
				.isVisible();
			assertThat(tariq.getByText("Raters differ by 2 or more")).hasCount(1);
			assertThat(panelSection(tariq, FIRST).getByText("Raters differ by 2 or more")).isVisible();
			assertThat(panelSection(tariq, SECOND).getByText("Raters differ by 2 or more")).hasCount(0);
			assertThat(tariq.getByText("Agreement (Krippendorff's alpha): "))
				.hasText("Agreement (Krippendorff's alpha): " + expectedAlpha() + " over " + OPTIONS + " options.");
			panelSection(tariq, FIRST).scrollIntoViewIfNeeded();
			screenshot(tariq, "keying-panel.png");

			theo.reload();
			awaitStudio(theo);
			openKeying(theo);
			assertThat(raters(theo)).hasText(panelOf(TARIQ, THEO));
			theo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply the panel's key to the draft"))
				.click();
			theo.getByRole(AriaRole.ALERTDIALOG)
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Apply the key"))
				.click();
			assertThat(theo.getByText("The panel's key now rates 1 scenario: '" + FIRST.title() + "'.")).isVisible();
			panelSection(theo, FIRST).scrollIntoViewIfNeeded();
			screenshot(theo, "keying-applied.png");

			theo.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
			theo.getByLabel("Change note").fill("Keyed by a panel of two trainers.");
			theo.getByRole(AriaRole.DIALOG)
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish"))
				.click();
			assertThat(theo.getByText("Published version 2")).isVisible();
			theo.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Versions")).click();
			assertThat(theo.getByText("Keyed by a panel of " + TARIQ + ", " + THEO
					+ " with the draft's own ratings; published with the panel's key."))
				.isVisible();
			screenshot(theo, "keying-versions.png");
		}
	}

	/**
	 * Waits after a reload until the page's components work: a tab clicked before then
	 * shows but does not answer (seen once on a loaded machine).
	 */
	private static void awaitStudio(Page page) {
		page.waitForFunction("() => customElements.get('vaadin-tabsheet') !== undefined && window.Vaadin?.Flow?.clients"
				+ " && Object.values(window.Vaadin.Flow.clients).every((client) => !client.isActive || !client.isActive())");
		assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Keying"))).isEnabled();
	}

	private static void openKeying(Page page) {
		Locator tab = page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Keying"));
		tab.click();
		assertThat(tab).hasAttribute("aria-selected", "true");
	}

	private static void startKeying(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start keying")).click();
		assertThat(page.getByText(OPTIONS + " options left to rate")).isVisible();
	}

	/**
	 * Rates every option as the content's authors did, but for the ratings given by
	 * "scenario title/option number", with the keyboard as a trainer who keys a whole
	 * bank would: space picks "1", the right arrow moves up the scale (each choice saved
	 * as it is made), the tab key goes on to the next option. The form lists the options
	 * in the content's order; the panel's figures show any that went astray.
	 */
	private static void rateAll(Page page, Map<String, Integer> except) {
		long start = System.nanoTime();
		Locator groups = page.getByRole(AriaRole.RADIOGROUP);
		assertThat(groups).hasCount(OPTIONS);
		groups.first().getByRole(AriaRole.RADIO).first().focus();
		int group = 0;
		for (ScenarioContent scenario : CONTENT.scenarios()) {
			assertThat(groups.nth(group).getByRole(AriaRole.RADIO).first()).isFocused();
			for (int number = 1; number <= scenario.options().size(); number++) {
				int rating = except.getOrDefault(scenario.title() + "/" + number,
						scenario.options().get(number - 1).rating());
				page.keyboard().press("Space");
				for (int up = 1; up < rating; up++) {
					page.keyboard().press("ArrowRight");
				}
				page.keyboard().press("Tab");
				group++;
			}
		}
		assertThat(page.getByText("Every option rated")).isVisible();
		System.out.printf("Rated %d options in %.1f s%n", OPTIONS, (System.nanoTime() - start) / 1e9);
	}

	private static void submit(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit my key")).click();
		page.getByRole(AriaRole.ALERTDIALOG)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit my key"))
			.click();
		assertThat(page.getByText("Key submitted. The panel shows below.")).isVisible();
		assertThat(page.getByText("You submitted your key.")).isVisible();
	}

	/** Nothing of the panel on screen: no key, no other rater's ratings, no flags. */
	private static void assertNoPanel(Page page) {
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("The panel's key")))
			.hasCount(0);
		assertThat(page.getByText("Raters: ")).hasCount(0);
		assertThat(page.getByText("Agreement (Krippendorff's alpha)")).hasCount(0);
		assertThat(page.getByText("Raters differ by 2 or more")).hasCount(0);
		assertThat(page.getByRole(AriaRole.TREEGRID).or(page.getByRole(AriaRole.GRID))).hasCount(0);
	}

	private static Locator raters(Page page) {
		return page.getByText("Raters: ");
	}

	private static String panelOf(String... trainers) {
		return "Raters: The draft's ratings (its author), " + String.join(", ", trainers)
				+ ". The key is the mean rating rounded to the scale (halves up).";
	}

	/** The panel's section of the scenario: its heading and its grid of ratings. */
	private static Locator panelSection(Page page, ScenarioContent scenario) {
		return page.locator("section")
			.filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName(scenario.title()).setExact(true))));
	}

	/**
	 * Krippendorff's alpha of the ratings the trainers gave, with the draft's own as a
	 * third rater, as the panel shows it.
	 */
	private static String expectedAlpha() {
		List<Map<Long, Integer>> units = new ArrayList<>();
		for (ScenarioContent scenario : CONTENT.scenarios()) {
			for (int number = 1; number <= scenario.options().size(); number++) {
				int authors = scenario.options().get(number - 1).rating();
				Map<Long, Integer> ratings = new HashMap<>();
				ratings.put(0L, authors);
				ratings.put(1L, (scenario == FIRST && number == DISPUTED) ? 3 : authors);
				ratings.put(2L, (scenario == SECOND && number == CLOSE) ? 2 : authors);
				units.add(ratings);
			}
		}
		OptionalDouble alpha = KrippendorffAlpha.interval(units);
		return String.format(Locale.ENGLISH, "%.2f", alpha.orElseThrow());
	}

	private static int optionRated(ScenarioContent scenario, int rating) {
		List<OptionContent> options = scenario.options();
		for (int i = 0; i < options.size(); i++) {
			if (options.get(i).rating() == rating) {
				return i + 1;
			}
		}
		throw new IllegalStateException("No option of '" + scenario.title() + "' is rated " + rating);
	}

}
