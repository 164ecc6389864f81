package org.servewell.content;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CourseWriterTest {

	private static final ContentSource BUNDLED = ContentSource.bundled();

	private final ContentBundle bundle = ContentReader.read(BUNDLED);

	@Test
	void every_bundled_course_written_and_read_again_is_the_same_course() {
		for (CourseContent course : this.bundle.courses()) {
			CourseFiles files = CourseWriter.write(course);

			CourseContent read = ContentReader.readCourse(files.over(BUNDLED), course.id());

			assertThat(read).usingRecursiveComparison().ignoringFields("contentHash").isEqualTo(course);
			assertThat(CourseWriter.write(read).files()).isEqualTo(files.files());
		}
	}

	@Test
	void scenario_without_a_best_option_is_reported_against_that_scenario() {
		CourseContent course = this.bundle.courses().get(0);
		List<ScenarioContent> scenarios = new ArrayList<>(course.scenarios());
		ScenarioContent third = scenarios.get(2);
		scenarios.set(2,
				new ScenarioContent(third.id(), third.title(), third.situation(), third.prompt(), third.traits(),
						third.source(),
						third.options()
							.stream()
							.map((o) -> new OptionContent(o.text(), Math.min(o.rating(), 3), o.feedback()))
							.toList()));
		CourseFiles files = CourseWriter.write(withScenarios(course, scenarios));

		ContentException thrown = readExpectingProblems(files, course.id());

		assertThat(thrown.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.message()).contains("no option rated 4");
			assertThat(files.partOf(problem)).contains(new CourseFiles.Part(CourseFiles.Kind.SCENARIO, 2));
		});
	}

	@Test
	void incomplete_scenario_from_an_import_lists_what_the_trainer_must_add() {
		CourseContent course = this.bundle.courses().get(0);
		List<ScenarioContent> scenarios = new ArrayList<>(course.scenarios());
		scenarios.add(new ScenarioContent("imported-question", "Imported", "A guest asks for help.", "What now?",
				List.of(), null, List.of(new OptionContent("Help", 4, ""), new OptionContent("Ignore", 0, "Why?"))));
		CourseFiles files = CourseWriter.write(withScenarios(course, scenarios));

		ContentException thrown = readExpectingProblems(files, course.id());

		assertThat(thrown.problems()).isNotEmpty()
			.allSatisfy((problem) -> assertThat(files.partOf(problem))
				.contains(new CourseFiles.Part(CourseFiles.Kind.SCENARIO, scenarios.size() - 1)));
		assertThat(thrown.problems()).extracting(ContentProblem::message)
			.anySatisfy((message) -> assertThat(message).contains("trait"))
			.anySatisfy((message) -> assertThat(message).contains("source"))
			.anySatisfy((message) -> assertThat(message).contains("rating"));
	}

	@Test
	void bank_with_more_than_ten_imported_scenarios_without_traits_reports_each_scenario_not_invalid_yaml() {
		CourseContent course = this.bundle.courses().get(0);
		List<ScenarioContent> scenarios = new ArrayList<>(course.scenarios());
		for (int i = 0; i < 12; i++) {
			scenarios.add(new ScenarioContent("imported-" + i, "Imported " + i, "A guest asks for help.", "What now?",
					List.of(), null, List.of(new OptionContent("Help", 4, ""), new OptionContent("Wait", 2, ""),
							new OptionContent("Ignore", 1, ""))));
		}
		CourseFiles files = CourseWriter.write(withScenarios(course, scenarios));

		ContentException thrown = readExpectingProblems(files, course.id());

		assertThat(files.files().get("courses/" + course.id() + "/" + CourseWriter.BANK_FILE)).doesNotContain("&id")
			.doesNotContain("*id");
		assertThat(thrown.problems()).extracting(ContentProblem::message)
			.noneSatisfy((message) -> assertThat(message).contains("not valid YAML"));
		assertThat(thrown.problems()).filteredOn((problem) -> problem.message().contains("trait")).hasSize(12);
	}

	@Test
	void lesson_with_raw_html_is_reported_against_that_lesson() {
		CourseContent course = this.bundle.courses().get(0);
		List<LessonContent> lessons = new ArrayList<>(course.lessons());
		LessonContent second = lessons.get(1);
		lessons.set(1, new LessonContent(second.id(), second.title(), second.markdown() + "\n<script>x()</script>\n",
				second.sources()));
		CourseFiles files = CourseWriter.write(new CourseContent(course.id(), course.title(), course.summary(),
				course.audience(), lessons, "", course.quiz(), course.scenarios(), course.renewAfterMonths()));

		ContentException thrown = readExpectingProblems(files, course.id());

		assertThat(thrown.problems()).isNotEmpty()
			.allSatisfy((problem) -> assertThat(files.partOf(problem))
				.contains(new CourseFiles.Part(CourseFiles.Kind.LESSON, 1)));
	}

	@Test
	void quiz_drawing_more_scenarios_than_the_bank_holds_is_reported_against_the_details() {
		CourseContent course = this.bundle.courses().get(0);
		CourseContent tooMany = new CourseContent(course.id(), course.title(), course.summary(), course.audience(),
				course.lessons(), "", new QuizSettings(course.scenarios().size() + 1, 75, 3, true), course.scenarios(),
				0);
		CourseFiles files = CourseWriter.write(tooMany);

		ContentException thrown = readExpectingProblems(files, course.id());

		assertThat(thrown.problems()).singleElement()
			.satisfies((problem) -> assertThat(files.partOf(problem))
				.contains(new CourseFiles.Part(CourseFiles.Kind.DETAILS, 0)));
	}

	private static ContentException readExpectingProblems(CourseFiles files, String courseId) {
		return org.assertj.core.api.Assertions.catchThrowableOfType(ContentException.class,
				() -> ContentReader.readCourse(files.over(BUNDLED), courseId));
	}

	private static CourseContent withScenarios(CourseContent course, List<ScenarioContent> scenarios) {
		return new CourseContent(course.id(), course.title(), course.summary(), course.audience(), course.lessons(), "",
				course.quiz(), scenarios, course.renewAfterMonths());
	}

}
