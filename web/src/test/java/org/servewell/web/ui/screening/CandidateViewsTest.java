package org.servewell.web.ui.screening;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.servewell.hiring.CandidateDetails;
import org.servewell.hiring.CandidateForm;
import org.servewell.hiring.CandidatePicture;
import org.servewell.hiring.CandidateService;
import org.servewell.hiring.CandidateSummary;
import org.servewell.hiring.Decision;
import org.servewell.hiring.HireResult;
import org.servewell.hiring.InterviewService;
import org.servewell.hiring.PanelService;
import org.servewell.hiring.Recommendation;
import org.servewell.hiring.ScorecardForm;
import org.servewell.hiring.ScreeningReportService;
import org.servewell.learning.HiringCourses;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.components.CopyableText;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR's screening screens on the real services. Every test makes its own candidates, with
 * a position of its own, and its own interviewers, so that the tests share the database
 * without seeing each other's data.
 */
class CandidateViewsTest extends ViewTest {

	/** The front-line kit's traits, in its order; weights 3, 2, 2, 2, 1, 1, 2, 1. */
	static final List<String> TRAITS = List.of("respect", "care-for-people", "making-things-right",
			"judgement-within-rules", "consistency", "courtesy", "ownership", "responsiveness");

	@Autowired
	CandidateService candidates;

	@Autowired
	PanelService panels;

	@Autowired
	ScreeningReportService reports;

	@Autowired
	InterviewService interviews;

	@Autowired
	PeopleService people;

	@Test
	@WithUserDetails(HR)
	void hr_adds_a_candidate_through_the_dialog_and_finds_them_in_the_list() {
		String position = unique("Reception");
		CandidatesView view = navigate(CandidatesView.class);
		test(view.add).click();
		CandidateDialog dialog = find(CandidateDialog.class).single();

		test(dialog.fullName).setValue("Dana Reyes");
		test(dialog.email).setValue("dana@example.org");
		dialog.position.setValue(position);
		test(dialog.source).setValue("Referral");
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isFalse();
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Saved Dana Reyes.");
		view.position.setValue(position);
		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(test(view.grid).getCellText(0, 1)).isEqualTo(position);
		assertThat(((Span) test(view.grid).getCellComponent(0, 2)).getText()).isEqualTo("New");
		assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("No interviewers yet");
		assertThat(this.candidates.listCandidates(position, null)).extracting(CandidateSummary::fullName)
			.containsExactly("Dana Reyes");
	}

	@Test
	@WithUserDetails(HR)
	void candidate_without_a_name_is_refused_at_the_field_and_nothing_is_saved() {
		String position = unique("Reception");
		CandidatesView view = navigate(CandidatesView.class);
		test(view.add).click();
		CandidateDialog dialog = find(CandidateDialog.class).single();

		test(dialog.fullName).setValue("  ");
		dialog.position.setValue(position);
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.fullName.isInvalid()).isTrue();
		assertThat(dialog.fullName.getErrorMessage()).isEqualTo("Enter the candidate's name.");
		assertThat(dialog.position.isInvalid()).isFalse();
		assertThat(this.candidates.listCandidates(position, null)).isEmpty();
	}

	@Test
	@WithUserDetails(HR)
	void hr_editing_a_candidate_someone_else_changed_is_told_and_overwrites_nothing() {
		CandidateDetails created = candidate("Dana Reyes", unique("Reception"));
		CandidatePageView view = open(created.id());
		test(view.details.edit).click();
		CandidateDialog dialog = find(CandidateDialog.class).single();
		this.candidates.updateCandidate(created.id(), created.version(),
				new CandidateForm("Dana Reyes", null, created.position(), null, "Second interview wanted", null));

		test(dialog.notes).setValue("From the stale form");
		test(dialog.save).click();

		assertThat(test(find(Notification.class).last()).getText()).contains("Someone else changed this candidate");
		assertThat(this.reports.candidate(created.id()).details().notes()).isEqualTo("Second interview wanted");
	}

	@Test
	@WithUserDetails(HR)
	void panel_two_points_apart_on_a_trait_is_flagged_beside_the_weighted_score_and_the_recommendations() {
		CandidateDetails created = candidate(unique("Dana"), unique("Reception"));
		String ann = person("Ann");
		String bob = person("Bob");
		CandidatePageView view = open(created.id());
		assertThat(view.panel.kit.isVisible()).isTrue();

		test(view.panel.interviewer).selectItem(label(ann));
		test(view.panel.kit).selectItem("Front-line service role");
		test(view.panel.assign).click();
		assertThat(view.panel.kit.isVisible()).isFalse();
		test(view.panel.interviewer).selectItem(label(bob));
		test(view.panel.assign).click();
		assertThat(test(view.panel.interviewers).size()).isEqualTo(2);
		assertThat(test(view.panel.interviewers).getCellText(0, 2)).isEqualTo("Not submitted yet");

		submit(ann, created.fullName(), ratings(5, 4, 4, 2, 3, 4, 4, 4), Recommendation.YES);
		submit(bob, created.fullName(), ratings(4, 4, 3, 4, 3, 5, 4, 4), Recommendation.STRONG_YES);
		view = open(created.id());

		// (3 x 4.5 + 2 x 4.0 + 2 x 3.5 + 2 x 3.0 + 1 x 3.0 + 1 x 4.5 + 2 x 4.0 + 1 x 4.0)
		// / 14 = 3.86
		assertThat(view.picture.score.getText())
			.startsWith("Weighted score 3.86 of 5, meets the 3.50 threshold. 2 of 2 scorecards in");
		assertThat(test(view.panel.interviewers).getCellText(1, 2)).isEqualTo("Submitted");
		assertThat(test(view.panel.interviewers).getCellText(1, 3)).isEqualTo("Strong yes");
		int judgement = rowOf(view, "Judgement within the rules");
		assertThat(test(view.picture.traits).getCellText(judgement, 2)).isEqualTo("2");
		assertThat(test(view.picture.traits).getCellText(judgement, 3)).isEqualTo("4");
		assertThat(test(view.picture.traits).getCellText(judgement, 4)).isEqualTo("3.0");
		assertThat(((Span) test(view.picture.traits).getCellComponent(judgement, 6)).getText())
			.isEqualTo("Disagreement");
		assertThat(((Span) test(view.picture.traits).getCellComponent(rowOf(view, "Respect"), 6)).getText())
			.isEqualTo("Agrees");
		assertThat(find(Span.class).withText("Disagreement").all()).hasSize(1);
		assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
			.contains("The panel disagrees by 2 points or more on: Judgement within the rules. "
					+ "Read their evidence before deciding.");

		test(test(view.picture.traits).getCellComponent(judgement, 7)).click();
		assertThat(view.picture.traits.isDetailsVisible(test(view.picture.traits).getRow(judgement))).isTrue();
		assertThat(((com.vaadin.flow.component.button.Button) test(view.picture.traits).getCellComponent(judgement, 7))
			.getText()).isEqualTo("Hide");
		assertThat(find(com.vaadin.flow.component.html.ListItem.class).all())
			.extracting(com.vaadin.flow.component.html.ListItem::getText)
			.contains(nameOf(bob) + ": Strong yes – Overall");
	}

	@Test
	@WithUserDetails(HR)
	void hr_records_a_rejection_with_its_reason_and_sees_it_in_the_history() {
		CandidateDetails created = candidate("Dana Reyes", unique("Reception"));
		CandidatePageView view = open(created.id());

		test(view.decisions.decision).selectItem("Reject");
		test(view.decisions.reason).setValue("Took another offer");
		test(view.decisions.record).click();

		assertThat(test(view.decisions.decisions).size()).isEqualTo(1);
		assertThat(test(view.decisions.decisions).getCellText(0, 0)).isEqualTo("Reject");
		assertThat(test(view.decisions.decisions).getCellText(0, 1)).isEqualTo("Took another offer");
		assertThat(test(view.decisions.decisions).getCellText(0, 2)).isEqualTo("Hana Hughes (HR)");
		assertThat(test(view.decisions.decisions).getCellText(0, 3)).matches("\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}");
		assertThat(find(Span.class).withText("Decided").all()).isNotEmpty();
		assertThat(this.reports.candidate(created.id()).decisions()).singleElement()
			.satisfies((entry) -> assertThat(entry.decision()).isEqualTo(Decision.REJECT));
	}

	@Test
	@WithUserDetails(HR)
	void hr_hires_and_is_handed_the_one_time_link_and_the_courses_for_the_weak_traits_that_fit_their_role() {
		CandidateDetails created = candidate(unique("Dana"), unique("Reception"));
		String ann = person("Ann");
		this.panels.assignInterviewer(created.id(), id(ann), "front-line-service");
		submit(ann, created.fullName(), ratings(4, 4, 4, 2, 3, 4, 4, 4), Recommendation.YES);
		CandidatePageView view = open(created.id());

		test(view.decisions.hire).click();
		HireDialog dialog = (HireDialog) find(com.vaadin.flow.component.dialog.Dialog.class).single();
		assertThat(dialog.displayName.getValue()).isEqualTo(created.fullName());
		test(dialog.email).setValue(unique("dana").replace(' ', '-') + "@test.servewell.org");
		test(dialog.startDate).setValue(java.time.LocalDate.of(2027, 1, 4));
		test(dialog.hire).click();
		assertThat(dialog.reason.isInvalid()).isTrue();

		test(dialog.reason).setValue("Strong references, panel agrees");
		test(dialog.hire).click();

		HandOverDialog handOver = (HandOverDialog) find(com.vaadin.flow.component.dialog.Dialog.class).single();
		assertThat(handOver.link.field.getValue()).startsWith("http://localhost:8080/set-password/");
		assertThat(handOver.getElement().getTextRecursively())
			.contains("no onboarding path matches their department and job role, so only courses meant for "
					+ "every new hire were considered")
			.contains("Judgement within the rules (panel mean 2.0): added \"Dignity for everyone\"")
			.contains("Consistency (panel mean 3.0): added \"Service first time, every time\"")
			.doesNotContain("Building a service commitment in your team");
		assertThat(this.reports.candidate(created.id()).details().hiredPersonId()).isNotNull();
		test(handOver).close();
		view = open(created.id());
		assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
			.contains("Hired: their employee record is kept under Employees.");
	}

	@Test
	@WithUserDetails(HR)
	void hand_over_says_when_no_course_for_the_hires_role_trains_a_weak_trait() {
		HireResult result = new HireResult(1, "Dana Reyes", "dana@test.servewell.org", "token",
				"http://localhost:8080/set-password/token");
		HiringCourses courses = new HiringCourses("New front-line hires", List.of(
				new HiringCourses.TraitCourse("Product knowledge", 2.0, HiringCourses.Outcome.NO_FITTING_COURSE, null,
						null),
				new HiringCourses.TraitCourse("Consistency", 3.0, HiringCourses.Outcome.ASSIGNED_ALREADY, null, null)));

		HandOverDialog handOver = new HandOverDialog(result, courses);

		assertThat(handOver.getElement().getTextRecursively())
			.contains("chosen among the courses for New front-line hires")
			.contains("Product knowledge (panel mean 2.0): no course for New front-line hires trains it; "
					+ "the ones that do are for another role")
			.contains("Consistency (panel mean 3.0): nothing added: every course for New front-line hires that "
					+ "trains it is assigned already, through their onboarding path");
	}

	@Test
	@WithUserDetails(HR)
	void one_time_link_has_a_copy_button_that_confirms_and_falls_back_to_selecting_the_link() {
		HandOverDialog handOver = new HandOverDialog(new HireResult(1, "Dana Reyes", "dana@test.servewell.org", "token",
				"http://localhost:8080/set-password/token"), new HiringCourses(null, List.of()));
		CopyableText link = handOver.link;

		assertThat(link.field.isReadOnly()).isTrue();
		assertThat(link.copy.getText()).isEqualTo("Copy link");
		assertThat(link.status.isVisible()).isFalse();
		// The browser answers the clipboard call; a browserless test plays both answers.
		link.copied();
		assertThat(link.status.isVisible()).isTrue();
		assertThat(link.status.getText()).isEqualTo("Copied");
		link.copyFailed();
		assertThat(link.status.getText())
			.isEqualTo("Your browser did not allow copying: the link is selected, press Ctrl+C (⌘C on a Mac).");
	}

	@Test
	@WithUserDetails(HR)
	void decision_without_a_reason_is_refused_with_the_message_and_nothing_is_recorded() {
		CandidateDetails created = candidate("Dana Reyes", unique("Reception"));
		CandidatePageView view = open(created.id());

		test(view.decisions.decision).selectItem("Hold");
		test(view.decisions.record).click();

		assertThat(view.decisions.reason.isInvalid()).isTrue();
		assertThat(view.decisions.reason.getErrorMessage()).isEqualTo("Give the reason for the decision.");
		assertThat(test(view.decisions.decisions).size()).isZero();
		assertThat(this.reports.candidate(created.id()).decisions()).isEmpty();
	}

	@Test
	@WithUserDetails(HR)
	void interviewer_who_has_not_submitted_can_be_taken_off_after_confirming() {
		CandidateDetails created = candidate("Dana Reyes", unique("Reception"));
		String ann = person("Ann");
		this.panels.assignInterviewer(created.id(), id(ann), "front-line-service");
		CandidatePageView view = open(created.id());

		test(test(view.panel.interviewers).getCellComponent(0, 4).getChildren().findFirst().orElseThrow()).click();
		test(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();

		assertThat(test(view.panel.interviewers).size()).isZero();
		assertThat(this.reports.candidate(created.id()).interviews()).isEmpty();
	}

	@Test
	@WithUserDetails(HR)
	void unknown_candidate_shows_a_plain_message_with_a_way_back() {
		navigate("candidates/987654321", CandidatePageView.class);

		assertThat(find(com.vaadin.flow.component.html.H2.class).single().getText()).isEqualTo("No such candidate");
		assertThat(find(com.vaadin.flow.router.RouterLink.class).withText("Back to candidates").all()).hasSize(1);
	}

	@Test
	@WithUserDetails(HR)
	void comparison_shows_a_positions_candidates_best_weighted_score_first() {
		String position = unique("Front desk");
		CandidateDetails weaker = candidate(unique("Wes"), position);
		CandidateDetails stronger = candidate(unique("Sam"), position);
		CandidateDetails unrated = candidate(unique("Una"), position);
		String ann = person("Ann");
		this.panels.assignInterviewer(weaker.id(), id(ann), "front-line-service");
		this.panels.assignInterviewer(stronger.id(), id(ann), "front-line-service");
		submit(ann, weaker.fullName(), ratings(3, 3, 3, 1, 3, 3, 3, 3), Recommendation.NO);
		submit(ann, stronger.fullName(), ratings(5, 4, 4, 4, 4, 4, 4, 4), Recommendation.YES);

		com.vaadin.flow.component.UI.getCurrent()
			.navigate(PositionComparisonView.class,
					com.vaadin.flow.router.QueryParameters.of(PositionComparisonView.POSITION, position));
		PositionComparisonView view = (PositionComparisonView) getCurrentView();

		assertThat(view.position.getValue()).isEqualTo(position);
		assertThat(test(view.grid).size()).isEqualTo(3);
		assertThat(IntStream.range(0, 3)
			.mapToObj((row) -> ((com.vaadin.flow.router.RouterLink) test(view.grid).getCellComponent(row, 0)).getText())
			.toList()).containsExactly(stronger.fullName(), weaker.fullName(), unrated.fullName());
		int respect = test(view.grid).getColumnPosition("respect");
		int score = test(view.grid).getColumnPosition("score");
		int threshold = test(view.grid).getColumnPosition("threshold");
		assertThat(test(view.grid).getHeaderCell(respect)).isEqualTo("Respect");
		assertThat(test(view.grid).getCellText(0, respect)).isEqualTo("5.0");
		// (3 x 5 + 2 x 4 + 2 x 4 + 2 x 4 + 4 + 4 + 2 x 4 + 4) / 14 = 4.21
		assertThat(test(view.grid).getCellText(0, score)).isEqualTo("4.21");
		assertThat(test(view.grid).getCellText(0, threshold)).isEqualTo("Meets");
		assertThat(test(view.grid).getCellText(0, test(view.grid).getColumnPosition("inFavour")))
			.isEqualTo("1 of 1 in favour");
		assertThat(test(view.grid).getCellText(1, threshold)).isEqualTo("Below");
		assertThat(test(view.grid).getCellText(1, test(view.grid).getColumnPosition("disagreements")))
			.isEqualTo("None");
		assertThat(test(view.grid).getCellText(2, respect)).isEqualTo("–");
		assertThat(test(view.grid).getCellText(2, threshold)).isEqualTo("Not rated yet");
	}

	@Test
	@WithUserDetails(HR)
	void agreement_shows_the_headline_and_each_interviewers_leniency() {
		String ann = person("Ann");
		String bob = person("Bob");
		for (int round = 0; round < 2; round++) {
			CandidateDetails created = candidate(unique("Dana"), unique("Reception"));
			this.panels.assignInterviewer(created.id(), id(ann), "front-line-service");
			this.panels.assignInterviewer(created.id(), id(bob), "front-line-service");
			int base = 2 + round;
			submit(ann, created.fullName(),
					ratings(base + 1, base + 1, base + 1, base + 1, base + 1, base + 1, base + 1, base + 1),
					Recommendation.YES);
			submit(bob, created.fullName(), ratings(base, base, base, base, base, base, base, base), Recommendation.NO);
		}

		AgreementView view = navigate(AgreementView.class);

		assertThat(view.headline.getText()).isEqualTo(AgreementTextTest.TEXT.headline(this.reports.agreement()))
			.isNotBlank();
		assertThat(test(view.traits).size()).isGreaterThanOrEqualTo(TRAITS.size());
		assertThat(test(view.traits).getHeaderCell(3)).isEqualTo("ICC(2,1)");
		assertThat(test(view.traits).getCellText(0, 2)).matches("-?\\d\\.\\d{3}|–");
		assertThat(test(view.traits).getCellText(0, 3)).matches("-?\\d\\.\\d{3}|–");
		int annsRow = IntStream.range(0, test(view.interviewers).size())
			.filter((row) -> test(view.interviewers).getCellText(row, 0).equals(nameOf(ann)))
			.findFirst()
			.orElseThrow();
		assertThat(test(view.interviewers).getCellText(annsRow, 1)).isEqualTo("+1.0");
		assertThat(test(view.interviewers).getCellText(annsRow, 2)).isEqualTo("16");
	}

	private CandidatePageView open(long candidateId) {
		return navigate("candidates/" + candidateId, CandidatePageView.class);
	}

	private static int rowOf(CandidatePageView view, String traitName) {
		List<CandidatePicture.TraitPicture> rows = view.picture.traits.getListDataView().getItems().toList();
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).traitName().equals(traitName)) {
				return i;
			}
		}
		throw new AssertionError("No row for " + traitName);
	}

	private CandidateDetails candidate(String name, String position) {
		return this.candidates.createCandidate(new CandidateForm(name, null, position, null, null, null));
	}

	/** A new person who can sign in and interview; returns their email. */
	private String person(String firstName) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String email = "interviewer-" + id + "@test.servewell.org";
		SignedIn.run(ADMIN, () -> this.people.createPerson(
				new PersonForm(email, firstName + " " + id, Set.of(Role.LEARNER), null, null, null, null, true, null),
				"a long test password"), Roles.ADMIN);
		return email;
	}

	private long id(String email) {
		return SignedIn.as(email, () -> this.people.currentPersonId().orElseThrow(), Roles.LEARNER);
	}

	private String nameOf(String email) {
		return SignedIn.as(email, () -> this.people.currentPerson().orElseThrow().displayName(), Roles.LEARNER);
	}

	private String label(String email) {
		return nameOf(email) + " (" + email + ")";
	}

	private void submit(String interviewer, String candidateName, List<ScorecardForm.Entry> entries,
			Recommendation recommendation) {
		SignedIn.run(interviewer, () -> {
			long interview = this.interviews.myInterviews()
				.stream()
				.filter((mine) -> mine.candidateName().equals(candidateName))
				.findFirst()
				.orElseThrow()
				.interviewId();
			this.interviews.submit(interview, new ScorecardForm(entries, recommendation, "Overall"));
		}, Roles.LEARNER);
	}

	private static List<ScorecardForm.Entry> ratings(int... ratings) {
		return IntStream.range(0, TRAITS.size())
			.mapToObj((i) -> new ScorecardForm.Entry(TRAITS.get(i), ratings[i], "Evidence for " + TRAITS.get(i)))
			.toList();
	}

	private static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

}
