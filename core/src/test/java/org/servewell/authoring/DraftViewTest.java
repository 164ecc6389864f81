package org.servewell.authoring;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servewell.content.OptionContent;

import static org.assertj.core.api.Assertions.assertThat;

/** Which problems the studio shows beside a part the trainer has just saved. */
class DraftViewTest {

	private static final DraftProblem DETAILS = new DraftProblem(DraftProblem.Part.DETAILS, null, "", "no title");

	@Test
	void problems_of_a_saved_scenario_are_found_by_its_id() {
		DraftView draft = draft(List.of(scenario(7, "a"), scenario(8, "b")),
				List.of(problem(DraftProblem.Part.SCENARIO, 7L, "seven"),
						problem(DraftProblem.Part.SCENARIO, 8L, "eight"),
						problem(DraftProblem.Part.LESSON, 7L, "a lesson's"), DETAILS));

		assertThat(draft.problemsOfSavedScenario(7, "a")).extracting(DraftProblem::message).containsExactly("seven");
	}

	@Test
	void problems_of_a_new_scenario_are_found_by_the_key_it_was_saved_under() {
		DraftView draft = draft(List.of(scenario(7, "a"), scenario(9, "new-one")), List
			.of(problem(DraftProblem.Part.SCENARIO, 7L, "seven"), problem(DraftProblem.Part.SCENARIO, 9L, "nine")));

		assertThat(draft.problemsOfSavedScenario(0, " new-one ")).extracting(DraftProblem::message)
			.containsExactly("nine");
	}

	@Test
	void problems_of_a_new_lesson_are_found_by_its_key_and_not_among_scenarios() {
		DraftView.Lesson lesson = new DraftView.Lesson(3, "intro", "Intro", "", List.of(), 1, Instant.EPOCH, "Tess");
		DraftView draft = new DraftView("c", null, null, List.of(lesson), List.of(scenario(3, "intro")),
				List.of(problem(DraftProblem.Part.LESSON, 3L, "lesson three"),
						problem(DraftProblem.Part.SCENARIO, 3L, "scenario three")),
				Instant.EPOCH, "Tess", false);

		assertThat(draft.problemsOfSavedLesson(0, "intro")).extracting(DraftProblem::message)
			.containsExactly("lesson three");
	}

	private static DraftView draft(List<DraftView.Scenario> scenarios, List<DraftProblem> problems) {
		return new DraftView("c", null, null, List.of(), scenarios, problems, Instant.EPOCH, "Tess", false);
	}

	private static DraftView.Scenario scenario(long id, String key) {
		return new DraftView.Scenario(id, key, "T", "S", "P", List.of(), null, List.of(new OptionContent("o", 4, "f")),
				1, Instant.EPOCH, "Tess");
	}

	private static DraftProblem problem(DraftProblem.Part part, Long id, String message) {
		return new DraftProblem(part, id, "", message);
	}

}
