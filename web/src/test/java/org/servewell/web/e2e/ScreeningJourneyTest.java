package org.servewell.web.e2e;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.servewell.hiring.InterviewService;
import org.servewell.hiring.Recommendation;
import org.servewell.hiring.ScorecardForm;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.web.SignedIn;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * HR screens a candidate in a real Chromium: adds them, assigns two interviewers, reads
 * the panel's picture once both submitted (their scorecards are filled in through the
 * service) and records a decision with its reason.
 */
class ScreeningJourneyTest extends BrowserJourney {

	private static final List<String> TRAITS = List.of("respect", "care-for-people", "making-things-right",
			"judgement-within-rules", "consistency", "courtesy");

	private static final String INTERVIEWER_PASSWORD = "a long test password";

	private static final String NEW_PASSWORD = "my own long password";

	@Autowired
	PeopleService people;

	@Autowired
	InterviewService interviews;

	@Test
	void hr_adds_a_candidate_assigns_a_panel_reads_their_disagreement_and_decides() {
		String ann = person("Ann");
		String bob = person("Bob");
		String candidate = "Dana " + UUID.randomUUID().toString().substring(0, 6);
		try (BrowserContext browser = newContext()) {
			Page hr = browser.newPage();
			hr.navigate(url("/candidates"));
			signIn(hr, ViewTest.HR);
			hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add candidate")).click();
			Locator dialog = hr.getByRole(AriaRole.DIALOG);
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

			submit(ann, candidate, Recommendation.YES, 5, 4, 4, 2, 3, 4);
			submit(bob, candidate, Recommendation.STRONG_YES, 4, 4, 3, 4, 3, 5);
			hr.reload();
			assertThat(hr.getByText("Weighted score 3.82 of 5, meets the 3.50 threshold.")).isVisible();
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
		String ann = person("Ann");
		String bob = person("Bob");
		String candidate = "Dana " + UUID.randomUUID().toString().substring(0, 6);
		String employee = "dana-" + UUID.randomUUID().toString().substring(0, 6) + "@test.servewell.org";
		try (BrowserContext hrBrowser = newContext()) {
			Page hr = hrBrowser.newPage();
			hr.navigate(url("/candidates"));
			signIn(hr, ViewTest.HR);
			hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add candidate")).click();
			Locator dialog = hr.getByRole(AriaRole.DIALOG);
			dialog.getByLabel("Name").fill(candidate);
			dialog.getByLabel("Position").fill("Front desk");
			dialog.getByLabel("Position").press("Enter");
			dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
			hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(candidate)).click();
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
				awaitEvidence(page, ann, candidate, "Let the customer finish first");
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
				submitScorecard(page, "Yes");
				assertThat(page.getByText("No other interviewer has submitted yet.")).isVisible();
			}
			try (BrowserContext bobBrowser = newContext()) {
				Page page = openScorecard(bobBrowser, bob, candidate);
				int[] ratings = { 4, 4, 3, 4, 3, 5 };
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
			assertThat(handOver.getByText(Pattern.compile("Judgement within the rules \\(panel mean 3\\.0\\)")))
				.isVisible();
			screenshot(hr, "screening-hand-over.png");
			String link = handOver.getByLabel("One-time link to set their password").inputValue();

			try (BrowserContext newHire = newContext()) {
				Page page = newHire.newPage();
				// The link names the configured public address; this test's server
				// listens elsewhere.
				org.assertj.core.api.Assertions.assertThat(link).startsWith("http://localhost:8080/set-password/");
				page.navigate(url(java.net.URI.create(link).getPath()));
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
				Locator traitCourse = page.getByRole(AriaRole.LISTITEM)
					.filter(new Locator.FilterOptions().setHasText("Building a service commitment in your team"));
				assertThat(traitCourse.getByText("From your interviews")).isVisible();
				screenshot(page, "screening-new-hire-learning.png");
			}
		}
	}

	private void awaitEvidence(Page page, String interviewer, String candidate, String evidence) {
		for (int tries = 0; tries < 50; tries++) {
			String kept = SignedIn.as(interviewer, () -> {
				long id = this.interviews.myInterviews()
					.stream()
					.filter((mine) -> mine.candidateName().equals(candidate))
					.findFirst()
					.orElseThrow()
					.interviewId();
				return this.interviews.scorecard(id).traits().get(0).evidence();
			}, Roles.LEARNER);
			if (evidence.equals(kept)) {
				return;
			}
			page.waitForTimeout(100);
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

	private String person(String firstName) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String email = "interviewer-" + id + "@test.servewell.org";
		SignedIn.run(ViewTest.ADMIN,
				() -> this.people.createPerson(
						new PersonForm(email, firstName + " " + id, Set.of(Role.LEARNER), null, null, null, null, true),
						"a long test password"),
				Roles.ADMIN);
		return email;
	}

	private void submit(String interviewer, String candidate, Recommendation recommendation, int... ratings) {
		SignedIn.run(interviewer, () -> {
			long interview = this.interviews.myInterviews()
				.stream()
				.filter((mine) -> mine.candidateName().equals(candidate))
				.findFirst()
				.orElseThrow()
				.interviewId();
			this.interviews.submit(interview, new ScorecardForm(IntStream.range(0, TRAITS.size())
				.mapToObj((i) -> new ScorecardForm.Entry(TRAITS.get(i), ratings[i], "Evidence for " + TRAITS.get(i)))
				.toList(), recommendation, "Overall"));
		}, Roles.LEARNER);
	}

}
