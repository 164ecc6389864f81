package org.servewell.web.e2e;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * HR screens a candidate in a real Chromium: an administrator adds two interviewers, HR
 * adds the candidate and assigns them, each interviewer rates in their own browser, HR
 * reads the panel's picture, records a decision with its reason, and hires.
 */
class ScreeningJourneyTest extends BrowserJourney {

	private static final String INTERVIEWER_PASSWORD = "a long test password";

	private static final String NEW_PASSWORD = "my own long password";

	@Test
	void hr_adds_a_candidate_assigns_a_panel_reads_their_disagreement_and_decides() {
		String ann = email("ann");
		String bob = email("bob");
		addPeople(ann, "Ann", bob, "Bob");
		String candidate = "Dana " + UUID.randomUUID().toString().substring(0, 6);
		try (BrowserContext browser = newContext()) {
			Page hr = openSignedIn(browser, "/candidates", HR);
			Locator dialog = openDialog(hr, "Add candidate");
			dialog.getByLabel("Name").fill(candidate);
			dialog.getByLabel("Position").fill("Front desk");
			dialog.getByLabel("Position").press("Enter");
			dialog.getByLabel("Source").fill("Referral");
			dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
			assertThat(hr.getByText("Saved " + candidate + ".")).isVisible();
			screenshot(hr, "screening-candidates.png");

			hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(candidate)).click();
			assign(hr, ann, true);
			assign(hr, bob, false);
			assertThat(hr.getByText("Not submitted yet")).hasCount(2);

			submit(ann, candidate, "Yes", 5, 4, 4, 2, 3, 4, 4, 4);
			submit(bob, candidate, "Strong yes", 4, 4, 3, 4, 3, 5, 4, 4);
			hr.reload();
			assertThat(hr.getByText("Weighted score 3.86 of 5, meets the 3.50 threshold.")).isVisible();
			assertThat(hr.getByText("Disagreement", new Page.GetByTextOptions().setExact(true))).isVisible();
			hr.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("Show or hide the evidence for Judgement within the rules"))
				.click();
			assertThat(hr.getByText("Evidence for Judgement within the rules")).isVisible();
			screenshot(hr, "screening-candidate-page.png");

			hr.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Hold")).check();
			hr.getByLabel("Reason").fill("Waiting for references");
			hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();
			assertThat(hr.getByText("Recorded: Hold.")).isVisible();
			assertThat(hr.getByText("Waiting for references")).isVisible();

			hr.navigate(url("/candidates/compare?position=Front%20desk"));
			assertThat(hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(candidate))).isVisible();
			screenshot(hr, "screening-compare.png");
			hr.navigate(url("/candidates/agreement"));
			assertThat(hr.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Interviewer agreement")))
				.isVisible();
			screenshot(hr, "screening-agreement.png");
		}
	}

	@Test
	void two_interviewers_rate_in_the_browser_hr_hires_and_the_new_employee_finds_their_onboarding() {
		String ann = email("ann");
		String bob = email("bob");
		addPeople(ann, "Ann", bob, "Bob");
		String candidate = "Dana " + UUID.randomUUID().toString().substring(0, 6);
		String employee = "dana-" + UUID.randomUUID().toString().substring(0, 6) + "@test.servewell.org";
		try (BrowserContext hrBrowser = newContext()) {
			hrBrowser.grantPermissions(java.util.List.of("clipboard-read", "clipboard-write"));
			Page hr = openSignedIn(hrBrowser, "/candidates", HR);
			addCandidate(hr, candidate);
			assign(hr, ann, true);
			assign(hr, bob, false);

			// Ann rates half, closes the browser, and finds her draft kept when she comes
			// back.
			try (BrowserContext annBrowser = newContext()) {
				Page page = openScorecard(annBrowser, ann, candidate);
				rate(page, 0, 5);
				rate(page, 1, 4);
				rate(page, 2, 4);
				page.getByLabel("Evidence: what the candidate said or did")
					.first()
					.fill("Let the customer finish first");
				// The note is sent once typing pauses; the draft holds it before the
				// browser closes.
				awaitEvidence(annBrowser, page, "Let the customer finish first");
				assertThat(page.getByText("The panel", new Page.GetByTextOptions().setExact(true))).hasCount(0);
			}
			try (BrowserContext annBrowser = newContext()) {
				Page page = openScorecard(annBrowser, ann, candidate);
				assertThat(radio(page, 0, 5)).isChecked();
				assertThat(page.getByLabel("Evidence: what the candidate said or did").first())
					.hasValue("Let the customer finish first");
				rate(page, 3, 2);
				rate(page, 4, 3);
				rate(page, 5, 4);
				rate(page, 6, 4);
				rate(page, 7, 4);
				submitScorecard(page, "Yes");
				assertThat(page.getByText("No other interviewer has submitted yet.")).isVisible();
			}
			try (BrowserContext bobBrowser = newContext()) {
				Page page = openScorecard(bobBrowser, bob, candidate);
				int[] ratings = { 4, 4, 3, 4, 3, 5, 4, 4 };
				for (int trait = 0; trait < ratings.length; trait++) {
					rate(page, trait, ratings[trait]);
				}
				submitScorecard(page, "Strong yes");
				assertThat(page.getByText("Disagreement", new Page.GetByTextOptions().setExact(true))).isVisible();
				screenshot(page, "screening-scorecard-submitted.png");
			}

			hr.reload();
			assertThat(hr.getByText("Disagreement", new Page.GetByTextOptions().setExact(true))).isVisible();
			hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hire…")).click();
			Locator hire = hr.getByRole(AriaRole.DIALOG);
			hire.getByLabel("Sign-in email").fill(employee);
			hire.getByLabel("Department").fill("Front desk");
			hire.getByLabel("Department").press("Enter");
			hire.getByLabel("Start date").fill("1/4/2027");
			hire.getByLabel("Start date").press("Enter");
			hire.getByLabel("Reason for hiring").fill("Strong on respect; references fine");
			hire.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hire and create the employee"))
				.click();
			Locator handOver = hr.getByRole(AriaRole.DIALOG);
			assertThat(handOver.getByText(candidate + " is hired")).isVisible();
			// A front-desk hire is on the front-line path, which already has every
			// front-line
			// course that trains their weak traits; the team-lead course is not for them.
			assertThat(handOver.getByText(Pattern.compile("chosen among the courses for New front-line hires")))
				.isVisible();
			assertThat(handOver.getByText(Pattern.compile("Judgement within the rules \\(panel mean 3\\.0\\): nothing "
					+ "added: every course for New front-line hires that trains it is assigned already")))
				.isVisible();
			assertThat(handOver.getByText("Building a service commitment in your team")).hasCount(0);
			screenshot(hr, "screening-hand-over.png");
			String link = handOver.getByLabel("One-time link to set their password").inputValue();
			handOver.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Copy link")).click();
			assertThat(handOver.getByText("Copied", new Locator.GetByTextOptions().setExact(true))).isVisible();
			org.assertj.core.api.Assertions.assertThat(hr.evaluate("navigator.clipboard.readText()")).isEqualTo(link);

			try (BrowserContext newHire = newContext()) {
				Page page = newHire.newPage();
				// The link names the configured public address, which is where this jar
				// listens.
				org.assertj.core.api.Assertions.assertThat(link).startsWith(url("/set-password/"));
				page.navigate(link);
				assertThat(page.getByText("Welcome, " + candidate)).isVisible();
				page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
				page.getByLabel("The same password again", new Page.GetByLabelOptions().setExact(true))
					.fill(NEW_PASSWORD);
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
				assertThat(page.getByText("Your password is set.")).isVisible();
				page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in")).click();
				page.getByLabel("Email").fill(employee);
				page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
				page.navigate(url("/learning"));
				assertThat(page.getByText("Front-line onboarding").first()).isVisible();
				assertThat(page.getByText("Service first time, every time").first()).isVisible();
				assertThat(page.getByText("Building a service commitment in your team")).hasCount(0);
				screenshot(page, "screening-new-hire-learning.png");
			}
		}
	}

	/**
	 * Waits until the server holds the evidence note: the same person's scorecard, opened
	 * again in another tab, shows it.
	 */
	private static void awaitEvidence(BrowserContext browser, Page page, String evidence) {
		long deadline = System.currentTimeMillis() + 15_000;
		while (System.currentTimeMillis() < deadline) {
			Page again = browser.newPage();
			try {
				again.navigate(page.url());
				Locator note = again.getByLabel("Evidence: what the candidate said or did").first();
				note.waitFor();
				if (evidence.equals(note.inputValue())) {
					return;
				}
			}
			finally {
				again.close();
			}
		}
		throw new AssertionError("The evidence note was never saved");
	}

	private Page openScorecard(BrowserContext browser, String interviewer, String candidate) {
		Page page = browser.newPage();
		page.navigate(url("/interviews"));
		page.getByLabel("Email").fill(interviewer);
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(INTERVIEWER_PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(candidate)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(candidate))).isVisible();
		return page;
	}

	private static Locator radio(Page page, int trait, int rating) {
		return page.getByRole(AriaRole.RADIOGROUP)
			.nth(trait)
			.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile("^" + rating + " · ")));
	}

	private static void rate(Page page, int trait, int rating) {
		radio(page, trait, rating).check();
	}

	private static void submitScorecard(Page page, String recommendation) {
		page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Overall recommendation"))
			.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(recommendation).setExact(true))
			.check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit scorecard")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit").setExact(true)).click();
		assertThat(page.getByText(Pattern.compile("You submitted this scorecard on"))).isVisible();
	}

	private void assign(Page hr, String email, boolean first) {
		Locator interviewer = hr.getByLabel("Interviewer", new Page.GetByLabelOptions().setExact(true));
		interviewer.fill(email);
		hr.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setHasText(email)).click();
		if (first) {
			hr.getByLabel("Interview kit").click();
			hr.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Front-line service role")).click();
		}
		hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign interviewer")).click();
		assertThat(interviewer).hasValue("");
	}

	private static String email(String firstName) {
		return firstName + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.servewell.org";
	}

	/**
	 * An administrator adds people (email, first name, ...) who can sign in and so be
	 * interviewers.
	 */
	private void addPeople(String... emailsAndNames) {
		try (BrowserContext browser = newContext()) {
			Page admin = openSignedIn(browser, "/admin/people", ADMIN);
			for (int i = 0; i < emailsAndNames.length; i += 2) {
				String name = emailsAndNames[i + 1] + " " + emailsAndNames[i]
					.substring(emailsAndNames[i].indexOf('-') + 1, emailsAndNames[i].indexOf('@'));
				Locator dialog = openDialog(admin, "Add person");
				dialog.getByLabel("Email (sign-in name)").fill(emailsAndNames[i]);
				dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(name);
				dialog.getByLabel("Initial password").fill(INTERVIEWER_PASSWORD);
				dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
				assertThat(admin.getByText("Saved " + name + ".")).isVisible();
			}
		}
	}

	/** An interviewer rates every trait in their own browser and submits. */
	private void submit(String interviewer, String candidate, String recommendation, int... ratings) {
		try (BrowserContext browser = newContext()) {
			Page page = openScorecard(browser, interviewer, candidate);
			for (int trait = 0; trait < ratings.length; trait++) {
				rate(page, trait, ratings[trait]);
			}
			submitScorecard(page, recommendation);
		}
	}

}
