package org.servewell.web.e2e;

import java.util.List;
import java.util.Set;
import java.util.UUID;
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
