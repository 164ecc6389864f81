package org.servewell.web.ui.learning;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.AttemptService;
import org.servewell.learning.AttemptView;
import org.servewell.web.ViewTest;
import org.servewell.web.security.LoginView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class LearnerViewsTest extends ViewTest {

	@Autowired
	AttemptService attempts;

	@Autowired
	CourseBank bank;

	@Test
	@WithUserDetails(LEARNER)
	void new_hire_finds_her_front_line_path_and_its_four_courses_in_my_learning() {
		navigate(MyLearningView.class);

		assertThat(find(Card.class).all()).extracting(Card::getTitleAsText)
			.contains("Front-line onboarding", "Service first time, every time",
					"What customers expect, at the very least", "Brilliant service or careless service",
					"Dignity for everyone");
	}

	@Test
	@WithUserDetails(LEARNER)
	void opening_a_course_marks_the_lesson_read_and_coming_back_resumes_at_the_next_unread_one() {
		CourseView first = navigate(CourseView.class, "what-customers-expect");
		assertThat(first.outline.getElement().getTextRecursively()).contains("1 of 5 lessons read");

		CourseView again = navigate(CourseView.class, "what-customers-expect");

		assertThat(again.outline.getElement().getTextRecursively()).contains("2 of 5 lessons read");
		assertThat(again.lesson.getElement().getTextRecursively()).contains("Lesson 2 of 5");
	}

	@Test
	@WithUserDetails(LEARNER)
	void a_lesson_credits_its_essay_by_title_author_and_date_with_the_points_it_takes() {
		CourseView course = navigate(CourseView.class, "brilliant-or-careless");

		String text = course.lesson.getElement().getTextRecursively();
		assertThat(text).contains("Sources")
			.contains("“Is your customer service brilliant or really disgusting?”, Roy Osing, 16 August 2019")
			.doesNotContain("002_81180029ae7559d1.txt");
	}

	@Test
	@WithUserDetails(LEARNER)
	void choosing_an_option_saves_it_at_once_and_no_feedback_reaches_the_page_before_submitting() {
		QuizView quiz = navigate(QuizView.class, "dignity-for-everyone");
		String firstText = quiz.choices.getListDataView().getItem(0).text();
		long attemptId = attemptOf("dignity-for-everyone");
		// Other view tests share the demo learner's attempt: count from what it held.
		long answeredBefore = this.attempts.attempt(attemptId).answered();

		test(quiz.choices).selectItem(firstText);
		roundTrip();

		assertThat(quiz.saveState.message()).startsWith("Answer saved at ");
		AttemptView stored = this.attempts.attempt(attemptId);
		assertThat(stored.answered()).isEqualTo(answeredBefore + 1);
		String page = quiz.getElement().getOuterHTML();
		BankVersion version = this.bank.newestVersion(this.bank.courseId("dignity-for-everyone").orElseThrow())
			.orElseThrow();
		for (BankVersion.BankScenario scenario : version.scenarios()) {
			for (BankVersion.BankOption option : scenario.options()) {
				assertThat(page).doesNotContain(option.feedback());
			}
		}

		QuizView reopened = navigate(QuizView.class, "dignity-for-everyone");
		test(reopened.previous).click();
		assertThat(this.attempts.attempt(attemptId).questions().get(0).chosenOptionId()).isNotNull();

		test(reopened.submit).click();
		test(find(ConfirmDialog.class).single()).confirm();
		assertThat(getCurrentView()).isInstanceOf(ResultView.class);
		assertThat(((ResultView) getCurrentView()).getElement().getTextRecursively())
			.contains("Feedback on each scenario", "Why it is best");
	}

	@Test
	@WithUserDetails(LEARNER)
	void a_screen_reader_hears_which_scenario_of_how_many_and_that_the_answer_was_saved() {
		QuizView quiz = navigate(QuizView.class, "brilliant-or-careless");
		int total = quiz.jumps.size();
		test(quiz.jumps.get(0)).click();

		assertThat(quiz.position.getText()).isEqualTo("Scenario 1 of " + total);
		assertThat(quiz.position.getElement().getAttribute("aria-live")).isEqualTo("polite");
		test(quiz.next).click();
		assertThat(quiz.position.getText()).isEqualTo("Scenario 2 of " + total);

		test(quiz.choices).selectItem(quiz.choices.getListDataView().getItem(0).text());
		roundTrip();
		assertThat(quiz.saveState.message()).startsWith("Answer saved at ");
		assertThat(quiz.saveState.getElement().getAttribute("aria-live")).isEqualTo("polite");
	}

	@Test
	void anyone_can_check_a_code_and_a_made_up_one_is_not_valid() {
		VerifyView view = navigate(VerifyView.class);

		test(view.code).setValue("MADE-UPXX-CODE");
		test(view.check).click();

		assertThat(view.answer.getText()).startsWith("No certificate has this code");
		assertThat(find(Anchor.class).all()).isEmpty();
	}

	@Test
	void visitor_who_is_not_signed_in_is_sent_to_sign_in_from_my_learning() {
		navigate("learning", LoginView.class);

		assertThat(getCurrentView()).isInstanceOf(LoginView.class);
	}

	private long attemptOf(String courseCode) {
		return this.attempts.history(courseCode)
			.stream()
			.filter((summary) -> summary.submittedAt() == null)
			.findFirst()
			.orElseThrow()
			.attemptId();
	}

}
