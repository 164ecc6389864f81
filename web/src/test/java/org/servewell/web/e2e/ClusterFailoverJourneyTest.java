package org.servewell.web.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the production jar on one MySQL-protocol database behind HAProxy with
 * sticky sessions, as an organisation that outgrew one server runs Servewell (README,
 * "Running more than one instance"): started together on an empty database with the demo
 * profile, both come up. A learner answers part of a quiz, the instance serving them dies
 * mid-quiz, and their next click takes them to the sign-in page, told that their saved
 * answers are kept; signed in again on the other instance, they find the same attempt
 * with those answers chosen, finish it and see their result. Runs in the MySQL run only:
 * the embedded database belongs to one instance.
 */
@BrowserTest
@EnabledIfSystemProperty(named = "servewell.e2e.database", matches = "mysql",
		disabledReason = "Two instances need a database server: the MySQL run covers it")
@EnabledIfSystemProperty(named = "servewell.mysql.tests", matches = "true",
		disabledReason = "Two-instance run on MySQL SKIPPED: run with -Dservewell.mysql.tests=true, as .ci/run does")
class ClusterFailoverJourneyTest {

	private static final String COURSE = "first-time-every-time";

	private static final String LEARNER = BrowserJourney.LEARNER;

	private static final List<ProductionJar> instances = new ArrayList<>();

	private static LoadBalancer balancer;

	private static Chromium chromium;

	@BeforeAll
	static void startTwoInstancesBehindTheLoadBalancer() {
		ProductionJar.MySqlDatabase database = ProductionJar.MySqlDatabase
			.fromEnvironment("SERVEWELL_TEST_MYSQL_CLUSTER_URL", "jdbc:mysql://127.0.0.1:3306/servewell_e2e_cluster");
		database.recreate();
		int port = LoadBalancer.freePort();
		instances.addAll(ProductionJar.startTogether(database, "http://localhost:" + port,
				List.of("cluster-app1", "cluster-app2")));
		balancer = LoadBalancer.start(port, instances);
		chromium = new Chromium();
	}

	@AfterAll
	static void stopEverything() {
		try {
			if (chromium != null) {
				chromium.close();
			}
		}
		finally {
			try {
				if (balancer != null) {
					balancer.close();
				}
			}
			finally {
				instances.forEach(ProductionJar::close);
				instances.clear();
			}
		}
	}

	@Test
	void learner_whose_instance_dies_mid_quiz_signs_in_again_and_finishes_the_same_attempt_with_every_answer_kept() {
		try (BrowserContext browser = chromium.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
			Page page = browser.newPage();
			page.navigate(balancer.url("/quiz/" + COURSE));
			BrowserJourney.signIn(page, LEARNER);
			int scenarios = scenarioCount(page);
			Locator options = page.getByRole(AriaRole.RADIO);
			// Two answers saved on the first instance: the second option, then the third.
			for (int i = 0; i < 2; i++) {
				assertThat(page.getByText("Scenario " + (i + 1) + " of " + scenarios)).isVisible();
				options.nth(i + 1).check();
				assertThat(page.getByText(Pattern.compile("Answer saved at \\d\\d:\\d\\d:\\d\\d"))).isVisible();
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
			}
			assertThat(page.getByText("Scenario 3 of " + scenarios)).isVisible();
			String first = stickyInstance(browser);
			ProductionJar serving = instances.get(first.equals("app1") ? 0 : 1);

			serving.kill();
			options.nth(0).click();

			page.waitForURL(Pattern.compile(".*/login\\?expired$"));
			assertThat(page.getByText("Your session has ended")).isVisible();
			assertThat(page.getByText("Please sign in again; every answer you saved is kept.")).isVisible();
			BrowserJourney.signIn(page, LEARNER);
			String second = stickyInstance(browser);
			assertThat(second).as("the instance after sign-in again").isNotEqualTo(first);

			page.navigate(balancer.url("/quiz/" + COURSE));
			assertThat(page.getByText(Pattern.compile("^Attempt 1 of "))).isVisible();
			Locator navigator = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Questions"));
			assertThat(navigator.getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName(Pattern.compile(", answered$"))))
				.hasCount(2);
			// The click the dead instance never answered was not saved: the quiz resumes
			// there.
			assertThat(page.getByText("Scenario 3 of " + scenarios)).isVisible();
			for (int i = 0; i < 2; i++) {
				navigator
					.getByRole(AriaRole.BUTTON,
							new Locator.GetByRoleOptions().setName("Scenario " + (i + 1) + ", answered"))
					.click();
				assertThat(page.getByText("Scenario " + (i + 1) + " of " + scenarios)).isVisible();
				// The answer saved on the instance that died.
				assertThat(options.nth(i + 1)).isChecked();
			}
			for (int i = 2; i < scenarios; i++) {
				navigator
					.getByRole(AriaRole.BUTTON,
							new Locator.GetByRoleOptions().setName("Scenario " + (i + 1) + ", not answered yet"))
					.click();
				assertThat(page.getByText("Scenario " + (i + 1) + " of " + scenarios)).isVisible();
				options.nth(0).check();
				assertThat(page.getByText(Pattern.compile("Answer saved at \\d\\d:\\d\\d:\\d\\d"))).isVisible();
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers")).click();

			assertThat(page.getByRole(AriaRole.HEADING,
					new Page.GetByRoleOptions().setName(Pattern.compile(": attempt 1$"))))
				.isVisible();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("Pass mark");
			assertThat(
					page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Feedback on each scenario")))
				.isVisible();
			assertThat(stickyInstance(browser)).as("still the second instance").isEqualTo(second);
		}
	}

	/** How many scenarios the quiz page says the attempt has. */
	private static int scenarioCount(Page page) {
		Matcher count = Pattern.compile("Scenario 1 of (\\d+)")
			.matcher(page.getByText(Pattern.compile("Scenario 1 of \\d+")).innerText());
		assertThat(count.find()).isTrue();
		return Integer.parseInt(count.group(1));
	}

	/** The instance HAProxy keeps this browser on, as its cookie names it. */
	private static String stickyInstance(BrowserContext browser) {
		return browser.cookies()
			.stream()
			.filter((cookie) -> cookie.name.equals(LoadBalancer.STICKY_COOKIE))
			.map((Cookie cookie) -> cookie.value)
			.findFirst()
			.orElseThrow(
					() -> new AssertionError("No " + LoadBalancer.STICKY_COOKIE + " cookie:\n" + balancer.logText()));
	}

}
