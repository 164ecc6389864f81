package org.servewell.web.ui.learning;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;
import org.servewell.learning.AttemptService;
import org.servewell.learning.AttemptView;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.CuttableDatabase;
import org.servewell.web.NewLearners;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the quiz page says an answer is saved, it is: a save the database did not take
 * puts the last saved choice back and says so, and browsing the options with the arrow
 * keys saves nothing until the learner makes a choice.
 */
class QuizSavingViewTest extends ViewTest {

	@Autowired
	NewLearners learners;

	@Autowired
	AttemptService attempts;

	@Autowired
	CuttableDatabase.Cuttable database;

	@Test
	@WithUserDetails(LEARNER)
	void answer_the_database_did_not_take_puts_back_the_last_saved_choice_and_says_it_was_not_saved() {
		QuizView quiz = navigate(QuizView.class, "what-customers-expect");
		AttemptView.Choice first = choice(quiz, 0);
		test(quiz.choices).selectItem(first.text());
		roundTrip();
		assertThat(quiz.saveState.message()).startsWith("Answer saved at ");

		this.database.cut();
		try {
			test(quiz.choices).selectItem(choice(quiz, 1).text());
			roundTrip();
		}
		finally {
			this.database.restore();
		}

		assertThat(quiz.choices.getValue()).as("the last saved choice, selected again").isEqualTo(first);
		assertThat(quiz.saveState.message()).startsWith("Not saved:")
			.contains("try again in a minute")
			.contains("Your last saved answer is selected again.")
			.doesNotContain("Answer saved at")
			.doesNotContain("is saved");
		assertThat(storedChoice("what-customers-expect", 0)).isEqualTo(first.optionId());
	}

	@Test
	@WithUserDetails(LEARNER)
	void first_answer_the_database_did_not_take_leaves_the_scenario_unanswered_and_says_so() {
		QuizView quiz = navigate(QuizView.class, "brilliant-or-careless");

		this.database.cut();
		try {
			test(quiz.choices).selectItem(choice(quiz, 0).text());
			roundTrip();
		}
		finally {
			this.database.restore();
		}

		assertThat(quiz.choices.getValue()).isNull();
		assertThat(quiz.saveState.message()).startsWith("Not saved:")
			.contains("This scenario has no saved answer yet.");
		assertThat(storedChoice("brilliant-or-careless", 0)).isNull();
	}

	@Test
	@WithUserDetails(LEARNER)
	void browsing_options_with_the_arrow_keys_saves_nothing_until_the_learner_confirms_with_enter() {
		QuizView quiz = navigate(QuizView.class, "first-time-every-time");
		AttemptView.Choice first = choice(quiz, 0);
		AttemptView.Choice second = choice(quiz, 1);
		test(quiz.choices).selectItem(first.text());
		roundTrip();

		fire(quiz.choices, "answer-browse");
		test(quiz.choices).selectItem(second.text());
		roundTrip();

		assertThat(storedChoice("first-time-every-time", 0)).as("browsing saves nothing").isEqualTo(first.optionId());
		assertThat(quiz.saveState.message()).startsWith("Not saved yet.");

		fire(quiz.choices, "answer-confirm");
		roundTrip();

		assertThat(storedChoice("first-time-every-time", 0)).isEqualTo(second.optionId());
		assertThat(quiz.saveState.message()).startsWith("Answer saved at ");
	}

	@Test
	@WithUserDetails(LEARNER)
	void confirming_the_option_the_group_holds_but_the_database_does_not_saves_it() {
		// A learner of its own: the demo learner's attempts are shared by other tests.
		String learner = this.learners.assigned("held", "first-time-every-time");
		SignedIn.as(learner, () -> {
			QuizView quiz = navigate(QuizView.class, "first-time-every-time");
			AttemptView.Choice first = choice(quiz, 0);
			AttemptView.Choice second = choice(quiz, 1);
			test(quiz.choices).selectItem(first.text());
			roundTrip();
			// The group holds the second option without a change from the browser: a
			// click on it then raises no value change, only the confirmation.
			quiz.choices.setValue(second);

			fire(quiz.choices, "answer-confirm");
			roundTrip();

			assertThat(storedChoice("first-time-every-time", 0)).isEqualTo(second.optionId());
			assertThat(quiz.saveState.message()).startsWith("Answer saved at ");
			return null;
		}, Roles.LEARNER);
	}

	@Test
	@WithUserDetails(LEARNER)
	void browsed_choice_is_saved_when_the_learner_moves_on_to_the_next_scenario() {
		QuizView quiz = navigate(QuizView.class, "dignity-for-everyone");
		AttemptView.Choice second = choice(quiz, 1);

		fire(quiz.choices, "answer-browse");
		test(quiz.choices).selectItem(second.text());
		roundTrip();
		test(quiz.next).click();

		assertThat(storedChoice("dignity-for-everyone", 0)).isEqualTo(second.optionId());
	}

	@Test
	@WithUserDetails(LEARNER)
	void choosing_an_answer_marks_that_scenario_answered_in_the_navigator_and_leaves_the_other_buttons_as_they_were() {
		QuizView quiz = navigate(QuizView.class, "first-time-every-time");
		toFirstScenario(quiz);
		test(quiz.next).click();
		List<Button> before = List.copyOf(quiz.jumps);
		List<String> othersBefore = otherJumps(quiz, 1);

		test(quiz.choices).selectItem(choice(quiz, 0).text());
		roundTrip();

		assertThat(quiz.saveState.message()).startsWith("Answer saved at ");
		assertThat(quiz.jumps).as("the same buttons, not drawn again").containsExactlyElementsOf(before);
		assertThat(quiz.navigator.getChildren().toList()).containsExactlyElementsOf(before);
		Button second = quiz.jumps.get(1);
		assertThat(second.getThemeNames()).contains("primary").doesNotContain("contrast");
		assertThat(second.getAriaLabel()).hasValue("Scenario 2, answered");
		assertThat(second.getClassNames()).contains("sw-current");
		assertThat(otherJumps(quiz, 1)).isEqualTo(othersBefore);
	}

	@Test
	@WithUserDetails(LEARNER)
	void moving_to_the_next_scenario_moves_the_current_mark_in_the_navigator() {
		QuizView quiz = navigate(QuizView.class, "what-customers-expect");
		toFirstScenario(quiz);

		test(quiz.next).click();

		assertThat(quiz.jumps.get(0).getClassNames()).doesNotContain("sw-current");
		assertThat(quiz.jumps.get(0).getElement().getAttribute("aria-current")).isNull();
		assertThat(quiz.jumps.get(1).getClassNames()).contains("sw-current");
		assertThat(quiz.jumps.get(1).getElement().getAttribute("aria-current")).isEqualTo("step");
	}

	private void toFirstScenario(QuizView quiz) {
		while (quiz.previous.isEnabled()) {
			test(quiz.previous).click();
		}
	}

	/** How the navigator's other buttons look: theme, label and whether current. */
	private static List<String> otherJumps(QuizView quiz, int except) {
		List<String> others = new ArrayList<>();
		for (int i = 0; i < quiz.jumps.size(); i++) {
			if (i != except) {
				Button jump = quiz.jumps.get(i);
				others.add(jump.getThemeNames() + " " + jump.getAriaLabel().orElse("") + " " + jump.getClassNames());
			}
		}
		return others;
	}

	private static AttemptView.Choice choice(QuizView quiz, int index) {
		return quiz.choices.getListDataView().getItem(index);
	}

	private Long storedChoice(String courseCode, int question) {
		long attemptId = this.attempts.history(courseCode)
			.stream()
			.filter((summary) -> summary.submittedAt() == null)
			.findFirst()
			.orElseThrow()
			.attemptId();
		return this.attempts.attempt(attemptId).questions().get(question).chosenOptionId();
	}

	/** The browser's custom event, as the quiz's keyboard and pointer script sends it. */
	private static void fire(Component component, String event) {
		new ComponentTester<>(component) {
			{
				fireDomEvent(event);
			}
		};
	}

}
