package org.servewell.web.ui.interviews;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.servewell.hiring.CandidateDetails;
import org.servewell.hiring.CandidateForm;
import org.servewell.hiring.InterviewService;
import org.servewell.hiring.MyInterview;
import org.servewell.hiring.Recommendation;
import org.servewell.hiring.ScorecardForm;
import org.servewell.hiring.ScorecardView;
import org.servewell.hiring.CandidateService;
import org.servewell.hiring.PanelService;
import org.servewell.people.PeopleService;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interviewer's screens: my interviews and the scorecard, kept as typed, locked on
 * submit, and the panel shown only after.
 */
class ScorecardPageTest extends ViewTest {

	private static final List<String> TRAITS = List.of("respect", "care-for-people", "making-things-right",
			"judgement-within-rules", "consistency", "courtesy", "ownership", "responsiveness");

	@Autowired
	CandidateService candidates;

	@Autowired
	PanelService panels;

	@Autowired
	InterviewService interviews;

	@Autowired
	PeopleService people;

	@Test
	@WithUserDetails(MANAGER)
	void interviewer_finds_the_candidate_in_my_interviews() {
		String name = candidateWithPanel(MANAGER).name();

		MyInterviewsView view = navigate(MyInterviewsView.class);

		assertThat(IntStream.range(0, test(view.grid).size()).mapToObj((row) -> test(view.grid).getRow(row)))
			.extracting(MyInterview::candidateName)
			.contains(name);
	}

	@Test
	@WithUserDetails(MANAGER)
	void rating_is_kept_as_a_draft_the_moment_it_is_chosen_beside_its_anchor() {
		Panel panel = candidateWithPanel(MANAGER);
		ScorecardPage page = navigate(ScorecardPage.class, panel.mine());

		assertThat(page.ratings.get("respect").getListDataView().getItemCount()).isEqualTo(5);
		test(page.ratings.get("respect")).selectItem(label(page, "respect", 4));
		test(page.evidence.get("respect")).setValue("Let the customer finish before answering");

		ScorecardView saved = this.interviews.scorecard(panel.mine());
		assertThat(saved.traits().get(0).rating()).isEqualTo(4);
		assertThat(saved.traits().get(0).evidence()).isEqualTo("Let the customer finish before answering");
		assertThat(saved.submitted()).isFalse();
		assertThat(page.saveState.getText()).startsWith("Draft saved at");
	}

	@Test
	@WithUserDetails(MANAGER)
	void untouched_scorecard_says_nothing_is_entered_yet_rather_than_draft_kept() {
		Panel panel = candidateWithPanel(MANAGER);

		ScorecardPage page = navigate(ScorecardPage.class, panel.mine());

		assertThat(page.saveState.getText()).isEqualTo("Nothing entered yet.");
	}

	@Test
	@WithUserDetails(MANAGER)
	void incomplete_scorecard_asks_no_confirmation_and_names_each_missing_trait_at_its_field() {
		Panel panel = candidateWithPanel(MANAGER);
		ScorecardPage page = navigate(ScorecardPage.class, panel.mine());
		test(page.ratings.get("respect")).selectItem(label(page, "respect", 3));

		test(page.submit).click();

		assertThat(find(ConfirmDialog.class).all()).isEmpty();
		assertThat(page.problems.isVisible()).isTrue();
		assertThat(page.problems.getElement().getTextRecursively()).contains("Rate Care for people.")
			.contains("Choose an overall recommendation.")
			.doesNotContain("care-for-people");
		assertThat(page.ratings.get("care-for-people").isInvalid()).isTrue();
		assertThat(page.ratings.get("care-for-people").getErrorMessage())
			.isEqualTo("Rate Care for people before submitting.");
		assertThat(page.ratings.get("respect").isInvalid()).isFalse();
		assertThat(page.recommendation.isInvalid()).isTrue();
		assertThat(this.interviews.scorecard(panel.mine()).submitted()).isFalse();
	}

	@Test
	@WithUserDetails(MANAGER)
	void draft_page_left_open_after_submitting_from_another_window_says_to_reload() {
		Panel panel = candidateWithPanel(MANAGER);
		ScorecardPage page = navigate(ScorecardPage.class, panel.mine());
		this.interviews.submit(panel.mine(), rated(3, Recommendation.YES));

		test(page.ratings.get("respect")).selectItem(label(page, "respect", 1));

		assertThat(page.saveState.getText()).startsWith("Not saved: This scorecard was submitted meanwhile")
			.contains("Reload the page");
		assertThat(this.interviews.scorecard(panel.mine()).traits().get(0).rating()).isEqualTo(3);
	}

	@Test
	@WithUserDetails(MANAGER)
	void amendment_missing_a_rating_names_the_trait_not_its_id() {
		Panel panel = candidateWithPanel(MANAGER);
		this.interviews.submit(panel.mine(), rated(3, Recommendation.YES));
		ScorecardPage page = navigate(ScorecardPage.class, panel.mine());
		test(page.amend).click();
		test(page.amendmentReason).setValue("Mixed up two candidates");
		page.ratings.get("care-for-people").clear();

		test(page.saveAmendment).click();

		assertThat(page.problems.getElement().getTextRecursively()).contains("Rate Care for people.")
			.doesNotContain("care-for-people");
	}

	@Test
	@WithUserDetails(MANAGER)
	void submitted_scorecard_is_locked_and_shows_the_panel_with_its_disagreements() {
		Panel panel = candidateWithPanel(MANAGER);
		SignedIn.run(TRAINER, () -> this.interviews.submit(panel.theirs(), rated(2, Recommendation.NO)), Roles.TRAINER);
		ScorecardPage page = navigate(ScorecardPage.class, panel.mine());
		assertThat(page.getElement().getTextRecursively()).doesNotContain("The panel");

		for (String trait : TRAITS) {
			test(page.ratings.get(trait)).selectItem(label(page, trait, 4));
		}
		test(page.recommendation).selectItem("Yes");
		test(page.submit).click();
		confirm();

		assertThat(this.interviews.scorecard(panel.mine()).submitted()).isTrue();
		assertThat(page.ratings.get("respect").isReadOnly()).isTrue();
		assertThat(page.getElement().getTextRecursively()).contains("The panel")
			.contains("Disagreement")
			.contains("Theo Trainer 2");
		assertThat(find(com.vaadin.flow.component.button.Button.class).all())
			.anySatisfy((button) -> assertThat(button.getText()).isEqualTo("Amend scorecard"));
	}

	@Test
	@WithUserDetails(MANAGER)
	void amendment_needs_a_reason_and_is_shown_beside_the_original() {
		Panel panel = candidateWithPanel(MANAGER);
		this.interviews.submit(panel.mine(), rated(3, Recommendation.YES));
		ScorecardPage page = navigate(ScorecardPage.class, panel.mine());

		test(page.amend).click();
		test(page.ratings.get("respect")).selectItem(label(page, "respect", 2));
		test(page.saveAmendment).click();
		assertThat(page.problems.getElement().getTextRecursively()).contains("Say why you amend the scorecard.");

		test(page.amendmentReason).setValue("Misread my notes on respect");
		test(page.saveAmendment).click();

		assertThat(page.getElement().getTextRecursively()).contains("Amendment 1")
			.contains("Reason: Misread my notes on respect");
		assertThat(page.ratings.get("respect").getValue()).isEqualTo(3);
	}

	@Test
	@WithUserDetails(LEARNER)
	void someone_elses_interview_shows_nothing_of_it() {
		Panel panel = candidateWithPanel(MANAGER);

		ScorecardPage page = navigate(ScorecardPage.class, panel.mine());

		assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
			.contains("There is no such interview of yours.");
		assertThat(page.getElement().getTextRecursively()).doesNotContain(panel.name());
	}

	@Test
	@WithUserDetails(MANAGER)
	void every_rating_is_named_with_its_number_and_the_behaviour_it_stands_for() {
		long interview = candidateWithPanel(MANAGER).mine();
		ScorecardPage page = navigate(ScorecardPage.class, interview);
		ScorecardView view = this.interviews.scorecard(interview);

		for (ScorecardView.Trait trait : view.traits()) {
			assertThat(page.ratings.get(trait.code()).getLabel()).isEqualTo("Rating for " + trait.name());
			for (int rating = 1; rating <= 5; rating++) {
				assertThat(label(page, trait.code(), rating)).startsWith(rating + " · ")
					.endsWith(trait.anchor(rating))
					.hasSizeGreaterThan((rating + " · ").length());
			}
		}
	}

	private void confirm() {
		ConfirmDialog dialog = find(ConfirmDialog.class).single();
		test(dialog).confirm();
	}

	private static String label(ScorecardPage page, String trait, int rating) {
		return page.ratings.get(trait).getItemLabelGenerator().apply(rating);
	}

	private static ScorecardForm rated(int rating, Recommendation recommendation) {
		return new ScorecardForm(TRAITS.stream().map((trait) -> new ScorecardForm.Entry(trait, rating, "")).toList(),
				recommendation, "");
	}

	/**
	 * A new candidate with {@code interviewer} and the demo trainer on the panel; returns
	 * the two interview ids.
	 */
	private Panel candidateWithPanel(String interviewer) {
		String name = "Candidate " + UUID.randomUUID().toString().substring(0, 8);
		long mine = SignedIn.as(interviewer, () -> this.people.currentPersonId().orElseThrow(), Roles.LEARNER);
		long trainer = SignedIn.as(TRAINER, () -> this.people.currentPersonId().orElseThrow(), Roles.LEARNER);
		CandidateDetails candidate = SignedIn.as(HR,
				() -> this.candidates.createCandidate(new CandidateForm(name, null, "Reception", null, null, null)),
				Roles.HR);
		SignedIn.run(HR, () -> {
			this.panels.assignInterviewer(candidate.id(), mine, "front-line-service");
			this.panels.assignInterviewer(candidate.id(), trainer, null);
		}, Roles.HR);
		long myInterview = interviewOf(interviewer, name);
		long theirs = interviewOf(TRAINER, name);
		return new Panel(name, myInterview, theirs);
	}

	private long interviewOf(String email, String candidateName) {
		return SignedIn.as(email, this.interviews::myInterviews, Roles.LEARNER)
			.stream()
			.filter((interview) -> interview.candidateName().equals(candidateName))
			.findFirst()
			.orElseThrow()
			.interviewId();
	}

	private record Panel(String name, long mine, long theirs) {

	}

}
