package org.servewell.content;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules for course manifests, their lessons and their quiz settings. */
class CourseValidationTest {

	private static final String MANIFEST = "courses/greeting/course.yaml";

	private static final String LESSON_THREE = """
			  - file: 03-follow-up.md
			    title: Follow up
			    sources:
			      - essay: 000_aaaaaaaaaaaaaaaa.txt
			        point: front-line
			""";

	private final ContentFolder content;

	CourseValidationTest(@TempDir Path folder) {
		this.content = ContentFolder.copyOfValid(folder);
	}

	@Test
	void course_with_two_lessons_is_reported_with_the_allowed_range() {
		this.content.replace(MANIFEST, LESSON_THREE, "");

		assertThat(this.content.problems())
			.containsExactly(MANIFEST + ":6: course 'greeting' has 2 lessons; a course has between 3 and 6");
	}

	@Test
	void course_with_seven_lessons_is_reported_with_the_allowed_range() {
		StringBuilder extra = new StringBuilder(LESSON_THREE);
		for (int lesson = 4; lesson <= 7; lesson++) {
			String file = "0" + lesson + "-more.md";
			extra.append(LESSON_THREE.replace("03-follow-up.md", file));
			this.content.write("courses/greeting/" + file, "# More\n\nAnother lesson.\n");
		}
		this.content.replace(MANIFEST, LESSON_THREE, extra.toString());

		assertThat(this.content.problems())
			.containsExactly(MANIFEST + ":6: course 'greeting' has 7 lessons; a course has between 3 and 6");
	}

	@Test
	void lesson_whose_file_is_missing_is_reported_on_its_manifest_line() {
		this.content.delete("courses/greeting/03-follow-up.md");

		assertThat(this.content.problems())
			.containsExactly(MANIFEST + ":17: lesson file '03-follow-up.md' does not exist in courses/greeting/");
	}

	@Test
	void empty_lesson_is_reported() {
		this.content.write("courses/greeting/02-listen.md", "\n");

		assertThat(this.content.problems()).containsExactly("courses/greeting/02-listen.md: the lesson is empty");
	}

	@Test
	void lesson_listed_twice_is_reported() {
		this.content.replace(MANIFEST, "file: 03-follow-up.md", "file: 02-listen.md");

		assertThat(this.content.problems())
			.containsExactly(MANIFEST + ":17: lesson file '02-listen.md' is listed twice");
	}

	@Test
	void lesson_with_an_html_block_is_reported_with_its_line() {
		this.content.write("courses/greeting/02-listen.md",
				"# Listen\n\nLet them finish.\n\n<div class=\"tip\">Breathe first.</div>\n");

		assertThat(this.content.problems()).containsExactly("courses/greeting/02-listen.md:5: raw HTML "
				+ "'<div class=\"tip\">Breathe first.</div>' is not allowed in a lesson; write it in Markdown instead");
	}

	@Test
	void lesson_with_inline_html_is_reported_with_its_line() {
		this.content.write("courses/greeting/02-listen.md", "# Listen\n\nLet them\n<b>finish</b>.\n");

		assertThat(this.content.problems()).containsExactly(
				"courses/greeting/02-listen.md:4: raw HTML '<b>' is not allowed in a lesson; write it in Markdown instead",
				"courses/greeting/02-listen.md:4: raw HTML '</b>' is not allowed in a lesson; write it in Markdown instead");
	}

	@Test
	void angle_brackets_in_code_and_autolinks_are_not_taken_for_html() {
		this.content.write("courses/greeting/02-listen.md",
				"# Listen\n\nNever type `<div>` in a reply; see <https://example.org>.\n\n    <p>code</p>\n");

		assertThat(this.content.problems()).isEmpty();
	}

	@Test
	void lesson_without_sources_is_reported() {
		this.content.replace(MANIFEST, LESSON_THREE, "  - file: 03-follow-up.md\n    title: Follow up\n");

		assertThat(this.content.problems())
			.containsExactly(MANIFEST + ":17: lesson '03-follow-up.md' has no 'sources' list");
	}

	@Test
	void lesson_with_an_empty_sources_list_is_reported() {
		this.content.replace(MANIFEST, LESSON_THREE,
				"  - file: 03-follow-up.md\n    title: Follow up\n    sources: []\n");

		assertThat(this.content.problems()).containsExactly(
				MANIFEST + ":19: lesson '03-follow-up.md' lists no sources; cite the essay points it teaches");
	}

	@Test
	void lesson_citing_an_essay_the_index_does_not_list_is_reported() {
		this.content.replace(MANIFEST, LESSON_THREE,
				LESSON_THREE.replace("000_aaaaaaaaaaaaaaaa.txt", "999_bbbbbbbbbbbbbbbb.txt"));

		assertThat(this.content.problems()).containsExactly(MANIFEST + ":20: lesson '03-follow-up.md' cites essay "
				+ "'999_bbbbbbbbbbbbbbbb.txt', which content.yaml does not list under 'essays'");
	}

	@Test
	void lesson_citing_a_point_its_essay_does_not_have_is_reported_with_the_points_it_has() {
		this.content.replace(MANIFEST, "point: front-line", "point: back-office");

		assertThat(this.content.problems()).containsExactly(MANIFEST + ":21: lesson '03-follow-up.md' cites point "
				+ "'back-office', which essay '000_aaaaaaaaaaaaaaaa.txt' does not have; its points are: steady, front-line");
	}

	@Test
	void course_id_that_differs_from_its_folder_is_reported() {
		this.content.replace(MANIFEST, "id: greeting", "id: greetings");

		assertThat(this.content.problems())
			.containsExactly(MANIFEST + ":1: the course id 'greetings' must match its folder name 'greeting'");
	}

	@Test
	void course_listed_twice_in_the_index_is_reported() {
		this.content.replace("content.yaml", "  - greeting\n", "  - greeting\n  - greeting\n");

		assertThat(this.content.problems()).containsExactly("content.yaml:6: course 'greeting' is listed twice");
	}

	@Test
	void course_id_with_capitals_is_reported_with_an_example() {
		this.content.replace("content.yaml", "  - greeting\n", "  - greeting\n  - Greeting\n");

		assertThat(this.content.problems()).containsExactly("content.yaml:6: course id 'Greeting' must be lower-case "
				+ "letters, digits and single hyphens, like 'first-time-every-time'");
	}

	@Test
	void quiz_drawing_more_scenarios_than_the_bank_holds_is_reported() {
		this.content.replace(MANIFEST, "scenariosPerAttempt: 2", "scenariosPerAttempt: 3");

		assertThat(this.content.problems()).containsExactly(MANIFEST + ":23: 'scenariosPerAttempt' is 3 but the "
				+ "scenario bank holds only 2; draw at most 2 or add scenarios");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			scenariosPerAttempt: 2 | scenariosPerAttempt: 0 | 23: 'scenariosPerAttempt' is 0; it must be 1 or more
			passMark: 75           | passMark: 0            | 24: 'passMark' is 0; it must be between 1 and 100
			passMark: 75           | passMark: 101          | 24: 'passMark' is 101; it must be between 1 and 100
			passMark: 75           | passMark: most         | 24: 'passMark' must be a whole number, not 'most'
			attemptsAllowed: 3     | attemptsAllowed: 0     | 25: 'attemptsAllowed' is 0; it must be 1 or more
			shuffleOptions: true   | shuffleOptions: maybe  | 26: 'shuffleOptions' must be true or false, not 'maybe'
			""")
	void quiz_setting_out_of_range_is_reported_with_its_line(String valid, String broken, String problem) {
		this.content.replace(MANIFEST, valid, broken);

		assertThat(this.content.problems()).containsExactly(MANIFEST + ":" + problem);
	}

	@Test
	void course_without_quiz_settings_is_reported() {
		this.content.replace(MANIFEST, """
				quiz:
				  scenariosPerAttempt: 2
				  passMark: 75
				  attemptsAllowed: 3
				  shuffleOptions: true
				""", "");

		assertThat(this.content.problems()).containsExactly(MANIFEST + ":1: course 'greeting' has no 'quiz'");
	}

	@Test
	void quiz_that_leaves_out_shuffling_shuffles_options() {
		this.content.replace(MANIFEST, "  shuffleOptions: true\n", "");

		assertThat(this.content.bundle().courses().get(0).quiz().shuffleOptions()).isTrue();
	}

	@Test
	void scenario_bank_outside_the_course_folder_is_refused() {
		this.content.replace(MANIFEST, "scenarios: scenarios.yaml", "scenarios: ../other/scenarios.yaml");

		assertThat(this.content.problems()).containsExactly(MANIFEST + ":27: scenario bank '../other/scenarios.yaml' "
				+ "must be a lower-case YAML file name such as 'scenarios.yaml'");
	}

	@Test
	void course_whose_scenario_bank_is_missing_is_reported() {
		this.content.delete("courses/greeting/scenarios.yaml");

		assertThat(this.content.problems())
			.containsExactly(MANIFEST + ":27: scenario bank 'scenarios.yaml' does not exist in courses/greeting/");
	}

}
