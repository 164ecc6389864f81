package org.servewell.web.ui.screening;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.servewell.hiring.CandidateDetails;
import org.servewell.hiring.CandidateForm;
import org.servewell.hiring.CandidateService;
import org.servewell.hiring.InterviewService;
import org.servewell.hiring.PanelService;
import org.servewell.hiring.Recommendation;
import org.servewell.hiring.ScorecardForm;
import org.servewell.people.PeopleService;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.interviews.MyInterviewsView;
import org.servewell.web.ui.interviews.ScorecardPage;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR's screening screens and the interviewer's scorecard in the page's language: German
 * for a German-speaking reader (words, dates and figures), English, word for word as
 * before, for everyone else. Trait names and anchors come from the content and stay as
 * they are. Every test makes its own candidate, with a position of its own.
 */
class HiringScreensInTwoLanguagesTest extends ViewTest {

	/** The front-line kit's traits, in its order. */
	private static final List<String> TRAITS = CandidateViewsTest.TRAITS;

	@Autowired
	CandidateService candidates;

	@Autowired
	PanelService panels;

	@Autowired
	InterviewService interviews;

	@Autowired
	PeopleService people;

	@Test
	@WithUserDetails(HR)
	void german_speaking_hr_reads_the_candidate_list_in_german() {
		String position = candidate("Dana Reyes").position();
		UI.getCurrent().setLocale(Locale.GERMAN);

		CandidatesView view = navigate(CandidatesView.class);
		view.position.setValue(position);

		assertThat(view.getPageTitle()).isEqualTo("Bewerbende");
		assertThat(view.add.getText()).isEqualTo("Bewerbung anlegen");
		assertThat(headers(view.grid)).containsExactly("Name", "Stelle", "Status", "Entscheidung", "Bewertungsbögen",
				"Angelegt");
		assertThat(((Span) test(view.grid).getCellComponent(0, 2)).getText()).isEqualTo("Neu");
		assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("Noch keine Interviewenden");
		assertThat(view.getElement().getTextRecursively()).contains("Stelle vergleichen", "Interviewleitfäden")
			.doesNotContain("Compare a position", "Everyone applying");
	}

	@Test
	@WithUserDetails(HR)
	void english_speaking_hr_reads_the_candidate_list_in_english_as_before() {
		String position = candidate("Dana Reyes").position();
		UI.getCurrent().setLocale(Locale.ENGLISH);

		CandidatesView view = navigate(CandidatesView.class);
		view.position.setValue(position);

		assertThat(view.getPageTitle()).isEqualTo("Candidates");
		assertThat(view.add.getText()).isEqualTo("Add candidate");
		assertThat(headers(view.grid)).containsExactly("Name", "Position", "Status", "Decision", "Scorecards", "Added");
		assertThat(((Span) test(view.grid).getCellComponent(0, 2)).getText()).isEqualTo("New");
		assertThat(test(view.grid).getCellText(0, 4)).isEqualTo("No interviewers yet");
	}

	@Test
	@WithUserDetails(HR)
	void german_speaking_hr_reads_the_candidate_page_and_the_panel_picture_in_german() {
		CandidateDetails candidate = candidateRatedByThePanel();
		UI.getCurrent().setLocale(Locale.GERMAN);

		CandidatePageView view = open(candidate.id());

		assertThat(view.getElement().getTextRecursively())
			.contains("Alle Bewerbenden", "Angelegt am " + Formats.when(candidate.createdAt(), Locale.GERMAN),
					"Angaben", "Nicht angegeben", "Interviewende", "Gesamtbild der Interviewenden",
					"2 von 2 Bewertungsbögen eingegangen", "Empfehlungen", "Entscheidung",
					"Oder eine andere Entscheidung festhalten")
			.doesNotContain("Details", "Not given", "scorecards in", "Record decision", "Weighted score");
		assertThat(view.picture.score.getText())
			.startsWith("Gewichteter Wert 3,50 von 5, erreicht die Schwelle von 3,50. 2 von 2");
		assertThat(view.decisions.decisions.getEmptyStateText()).isEqualTo("Noch keine Entscheidung.");
		assertThat(view.panel.interviewers.getColumns()).extracting(Grid.Column::getHeaderText)
			.contains("Bewertungsbogen", "Empfehlung");
		assertThat(test(view.panel.interviewers).getCellText(0, 2)).isEqualTo("Abgegeben");
		assertThat(view.decisions.record.getText()).isEqualTo("Entscheidung festhalten");
	}

	@Test
	@WithUserDetails(HR)
	void english_speaking_hr_reads_the_candidate_page_in_english_as_before() {
		CandidateDetails candidate = candidateRatedByThePanel();
		UI.getCurrent().setLocale(Locale.ENGLISH);

		CandidatePageView view = open(candidate.id());

		assertThat(view.getElement().getTextRecursively()).contains("All candidates",
				"Added " + Formats.WHEN.format(candidate.createdAt()), "Details", "Not given", "Interviewers",
				"The panel's picture", "2 of 2 scorecards in", "Or record another decision");
		assertThat(view.picture.score.getText())
			.startsWith("Weighted score 3.50 of 5, meets the 3.50 threshold. 2 of 2");
		assertThat(view.decisions.decisions.getEmptyStateText()).isEqualTo("No decision yet.");
		assertThat(test(view.panel.interviewers).getCellText(0, 2)).isEqualTo("Submitted");
		assertThat(view.decisions.record.getText()).isEqualTo("Record decision");
	}

	@Test
	@WithUserDetails(HR)
	void german_speaking_hr_is_told_in_german_when_a_decision_has_no_choice_and_hires_through_a_german_dialog() {
		CandidateDetails candidate = candidate("Kim Okafor");
		UI.getCurrent().setLocale(Locale.GERMAN);
		CandidatePageView view = open(candidate.id());

		test(view.decisions.record).click();
		assertThat(view.decisions.decision.getErrorMessage()).isEqualTo("Wählen Sie „Absagen“ oder „Zurückstellen“.");
		assertThat(view.decisions.decision.getListDataView()
			.getItems()
			.map(view.decisions.decision.getItemLabelGenerator()::apply)).containsExactly("Absagen", "Zurückstellen");

		test(view.decisions.hire).click();
		HireDialog dialog = find(HireDialog.class).single();
		assertThat(dialog.getHeaderTitle()).isEqualTo(candidate.displayName() + " einstellen");
		assertThat(dialog.hire.getText()).isEqualTo("Einstellen und anlegen");
		assertThat(dialog.startDate.getLabel()).isEqualTo("Eintrittsdatum");
		test(dialog.hire).click();
		assertThat(dialog.reason.getErrorMessage()).isEqualTo("Geben Sie die Begründung der Entscheidung an.");
	}

	@Test
	@WithUserDetails(HR)
	void english_speaking_hr_decides_and_hires_through_the_english_words_as_before() {
		CandidateDetails candidate = candidate("Kim Okafor");
		UI.getCurrent().setLocale(Locale.ENGLISH);
		CandidatePageView view = open(candidate.id());

		test(view.decisions.record).click();
		assertThat(view.decisions.decision.getErrorMessage()).isEqualTo("Choose reject or hold.");

		test(view.decisions.hire).click();
		HireDialog dialog = find(HireDialog.class).single();
		assertThat(dialog.getHeaderTitle()).isEqualTo("Hire " + candidate.displayName());
		assertThat(dialog.hire.getText()).isEqualTo("Hire and create the employee");
		test(dialog.hire).click();
		assertThat(dialog.reason.getErrorMessage()).isEqualTo("Give the reason for the decision.");
	}

	@Test
	void german_speaking_interviewer_rates_on_a_german_scorecard_with_the_contents_trait_names() {
		long interview = interviewFor(MANAGER, candidate("Lea Novak"));
		UI.getCurrent().setLocale(Locale.GERMAN);

		MyInterviewsView mine = SignedIn.as(MANAGER, () -> navigate(MyInterviewsView.class), Roles.LEARNER);
		assertThat(mine.getPageTitle()).isEqualTo("Meine Vorstellungsgespräche");
		assertThat(mine.getElement().getTextRecursively()).contains("Bewerten Sie jede Person unabhängig");

		ScorecardPage page = SignedIn.as(MANAGER, () -> navigate(ScorecardPage.class, interview), Roles.LEARNER);
		String text = page.getElement().getTextRecursively();
		assertThat(page.getPageTitle()).isEqualTo("Bewertungsbogen");
		assertThat(text).contains("Gesamteindruck", "Gewicht 3", "Noch nichts eingetragen.", "Fragen für das Gespräch")
			.contains("Respect")
			.doesNotContain("Overall recommendation", "Nothing entered yet", "Questions to ask");
		assertThat(find(Button.class).all()).extracting(Button::getText).contains("Bogen abgeben");
	}

	@Test
	void english_speaking_interviewer_rates_on_the_english_scorecard_as_before() {
		long interview = interviewFor(MANAGER, candidate("Lea Novak"));
		UI.getCurrent().setLocale(Locale.ENGLISH);

		ScorecardPage page = SignedIn.as(MANAGER, () -> navigate(ScorecardPage.class, interview), Roles.LEARNER);

		assertThat(page.getPageTitle()).isEqualTo("Scorecard");
		assertThat(page.getElement().getTextRecursively()).contains("Overall", "weight 3", "Nothing entered yet.",
				"Questions to ask", "Respect");
		assertThat(find(Button.class).all()).extracting(Button::getText).contains("Submit scorecard");
	}

	@Test
	@WithUserDetails(HR)
	void german_speaking_hr_reads_the_agreement_and_the_interview_kits_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		AgreementView agreement = navigate(AgreementView.class);
		assertThat(agreement.getPageTitle()).isEqualTo("Übereinstimmung der Interviewenden");
		assertThat(agreement.getElement().getTextRecursively()).contains("Krippendorffs Alpha", "Je Eigenschaft")
			.doesNotContain("Per trait", "Interviewers disagree");
		assertThat(headers(agreement.traits)).contains("Eigenschaft", "Verlässlichkeit", "Deutung");

		KitsView kits = navigate(KitsView.class);
		assertThat(kits.getPageTitle()).isEqualTo("Interviewleitfäden");
		assertThat(headers(kits.grid)).contains("Titel", "Eigenschaften (Gewicht)", "Bestehensschwelle");
		assertThat(badges(kits)).contains("Mitgeliefert").doesNotContain("Bundled");
	}

	@Test
	@WithUserDetails(HR)
	void english_speaking_hr_reads_the_agreement_and_the_interview_kits_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);

		AgreementView agreement = navigate(AgreementView.class);
		assertThat(agreement.getPageTitle()).isEqualTo("Interviewer agreement");
		assertThat(headers(agreement.traits)).contains("Trait", "Reliability", "Reading");

		KitsView kits = navigate(KitsView.class);
		assertThat(headers(kits.grid)).contains("Title", "Traits (weight)", "Pass threshold");
		assertThat(badges(kits)).contains("Bundled");
	}

	/** Each kit's origin, as its badge says it. */
	private List<String> badges(KitsView kits) {
		return IntStream.range(0, test(kits.grid).size())
			.mapToObj((row) -> ((Span) test(kits.grid).getCellComponent(row, 2)).getText())
			.toList();
	}

	private static List<String> headers(Grid<?> grid) {
		return grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
	}

	private CandidatePageView open(long candidateId) {
		return navigate("candidates/" + candidateId, CandidatePageView.class);
	}

	/** A new candidate, with a name and a position of their own. */
	private CandidateDetails candidate(String name) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		CandidateForm form = new CandidateForm(name + " " + id, null, "Reception " + id, null, null, null);
		return SignedIn.as(HR, () -> this.candidates.createCandidate(form), Roles.HR);
	}

	/**
	 * A new candidate the demo manager and trainer interviewed with the front-line kit,
	 * rating every trait 3 and 4: a weighted score of 3.50.
	 */
	private CandidateDetails candidateRatedByThePanel() {
		CandidateDetails candidate = candidate("Sam Weber");
		submit(interviewFor(MANAGER, candidate), MANAGER, 3, Recommendation.YES);
		submit(interviewFor(TRAINER, candidate, null), TRAINER, 4, Recommendation.STRONG_YES);
		return candidate;
	}

	/**
	 * Puts {@code interviewer} first on the candidate's panel, with the front-line kit;
	 * returns their interview.
	 */
	private long interviewFor(String interviewer, CandidateDetails candidate) {
		return interviewFor(interviewer, candidate, "front-line-service");
	}

	/** Puts {@code interviewer} on the candidate's panel; returns their interview. */
	private long interviewFor(String interviewer, CandidateDetails candidate, String kit) {
		long person = SignedIn.as(interviewer, () -> this.people.currentPersonId().orElseThrow(), Roles.LEARNER);
		SignedIn.run(HR, () -> this.panels.assignInterviewer(candidate.id(), person, kit), Roles.HR);
		return SignedIn.as(interviewer, this.interviews::myInterviews, Roles.LEARNER)
			.stream()
			.filter((interview) -> interview.candidateName().equals(candidate.displayName()))
			.findFirst()
			.orElseThrow()
			.interviewId();
	}

	private void submit(long interview, String interviewer, int rating, Recommendation recommendation) {
		List<ScorecardForm.Entry> entries = TRAITS.stream()
			.map((trait) -> new ScorecardForm.Entry(trait, rating, "Evidence for " + trait))
			.toList();
		SignedIn.run(interviewer,
				() -> this.interviews.submit(interview, new ScorecardForm(entries, recommendation, "Overall")),
				Roles.LEARNER);
	}

}
