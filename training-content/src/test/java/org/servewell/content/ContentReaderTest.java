package org.servewell.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servewell.content.InterviewKitContent.QuestionKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class ContentReaderTest {

	private static final String ESSAY = "000_aaaaaaaaaaaaaaaa.txt";

	private static final String RESPECT_PROBES = "showed respect.\n        probes:\n          - What happened next?\n";

	@TempDir
	Path folder;

	@Test
	void bundled_content_reads_without_problems() {
		ContentBundle bundle = ContentReader.read(ContentSource.bundled());

		assertThat(bundle.courses()).isNotEmpty();
		assertThat(bundle.courses()).allSatisfy((course) -> {
			assertThat(course.lessons()).isNotEmpty();
			assertThat(course.contentHash()).hasSize(64);
		});
	}

	@Test
	void valid_folder_reads_into_courses_paths_traits_kits_and_essays() {
		ContentBundle bundle = ContentFolder.copyOfValid(this.folder).bundle();

		CourseContent course = bundle.course("greeting").orElseThrow();
		assertThat(course.title()).isEqualTo("Greeting people");
		assertThat(course.estimatedMinutes()).as("computed from the words, not the manifest's 10").isEqualTo(5);
		assertThat(course.lessons()).extracting(LessonContent::id)
			.containsExactly("01-hello", "02-listen", "03-follow-up");
		assertThat(course.lessons().get(2).sources()).containsExactly(new EssayCitation(ESSAY, "front-line"));
		assertThat(course.lessons().get(0).markdown()).startsWith("# Hello");
		assertThat(course.quiz()).isEqualTo(new QuizSettings(2, 75, 3, true));
		assertThat(course.scenarios()).extracting(ScenarioContent::id)
			.containsExactly("queue-at-closing", "wrong-parcel");
		ScenarioContent parcel = course.scenarios().get(1);
		assertThat(parcel.traits()).containsExactly("making-things-right");
		assertThat(parcel.source()).isEqualTo(new EssayCitation(ESSAY, "front-line"));
		assertThat(parcel.options()).extracting(OptionContent::rating).containsExactly(1, 3, 4, 2);
		assertThat(parcel.options().get(1).credit()).isCloseTo(0.67, within(0.01));
		assertThat(parcel.options().get(2).credit()).isEqualTo(1.0);
		assertThat(parcel.options().get(0).credit()).isZero();

		assertThat(bundle.paths()).singleElement().satisfies((path) -> {
			assertThat(path.id()).isEqualTo("starter");
			assertThat(path.courses()).containsExactly(new PathContent.PathCourse("greeting", 7));
		});
		assertThat(bundle.traits()).hasSize(8);
		assertThat(bundle.trait("courtesy").orElseThrow().anchor(5)).isEqualTo("Behaviour rated 5 for courtesy.");
		assertThat(bundle.interviewKits()).singleElement().satisfies((kit) -> {
			assertThat(kit.passThreshold()).isEqualTo(3.5);
			assertThat(kit.traits()).extracting(InterviewKitContent.KitTrait::trait)
				.containsExactly("respect", "courtesy", "ownership", "accuracy");
			assertThat(kit.traits().get(0).questions()).extracting(InterviewKitContent.InterviewQuestion::kind)
				.containsExactly(QuestionKind.BEHAVIOURAL, QuestionKind.SITUATIONAL);
			assertThat(kit.traits().get(0).questions().get(0).probes()).containsExactly("What happened next?");
			assertThat(kit.traits().get(0).questions().get(1).probes()).isEmpty();
		});
		assertThat(bundle.essays()).singleElement().satisfies((essay) -> {
			assertThat(essay.title()).isEqualTo("A made-up essay for tests");
			assertThat(essay.points()).extracting(EssayContent.Point::id).containsExactly("steady", "front-line");
		});
	}

	@Test
	void unchanged_content_keeps_its_hash_and_a_changed_lesson_changes_it() {
		ContentFolder content = ContentFolder.copyOfValid(this.folder);
		String first = hash(content);
		String again = hash(content);
		content.replace("courses/greeting/02-listen.md", "Let them finish.", "Let them finish, then answer.");

		assertThat(again).isEqualTo(first);
		assertThat(hash(content)).isNotEqualTo(first);
	}

	@Test
	void a_changed_scenario_bank_or_manifest_changes_the_course_hash() {
		ContentFolder content = ContentFolder.copyOfValid(this.folder);
		String original = hash(content);
		content.replace("courses/greeting/scenarios.yaml", "They notice the rush.", "They feel the rush.");
		String afterBank = hash(content);
		content.replace("courses/greeting/course.yaml", "passMark: 75", "passMark: 80");

		assertThat(afterBank).isNotEqualTo(original);
		assertThat(hash(content)).isNotEqualTo(afterBank);
	}

	@Test
	void every_problem_is_reported_at_once_with_file_and_line() {
		ContentFolder content = ContentFolder.copyOfValid(this.folder)
			.replace("content.yaml", "  - greeting\n", "  - greeting\n  - missing\n")
			.replace("courses/greeting/course.yaml", "summary: How to welcome someone the same way every time.\n", "")
			.replace("courses/greeting/course.yaml", "estimatedMinutes: 10", "renewAfterMonths: lots")
			.replace("courses/greeting/course.yaml", "file: 02-listen.md", "file: 02-gone.md")
			.replace("courses/greeting/scenarios.yaml", "        feedback: They notice the rush.\n", "");

		assertThat(content.problems()).containsExactly(
				"content.yaml:6: course 'missing' has no manifest: create courses/missing/course.yaml",
				"courses/greeting/course.yaml:1: course 'greeting' has no 'summary'",
				"courses/greeting/course.yaml:4: 'renewAfterMonths' must be a whole number, not 'lots'",
				"courses/greeting/course.yaml:11: lesson file '02-gone.md' does not exist in courses/greeting/",
				"courses/greeting/scenarios.yaml:15: scenario 'queue-at-closing' option 2 has no 'feedback'");
	}

	@Test
	void malformed_yaml_names_the_line_of_the_mistake() throws IOException {
		write("content.yaml", "courses:\n  - one\n   - two: [\n");

		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> ContentReader.read(ContentSource.directory(this.folder)))
			.satisfies((ex) -> assertThat(ex.problems()).singleElement()
				.satisfies((problem) -> assertThat(problem.file()).isEqualTo("content.yaml"))
				.satisfies((problem) -> assertThat(problem.line()).isBetween(2, 4))
				.satisfies((problem) -> assertThat(problem.message()).startsWith("not valid YAML")));
	}

	@Test
	void question_mark_inside_a_bracketed_list_gets_a_hint_on_how_to_write_it() {
		ContentFolder content = ContentFolder.copyOfValid(this.folder)
			.replace("interview-kits/counter-staff.yaml", RESPECT_PROBES,
					"showed respect.\n        probes: [What happened next?, Why?]\n");

		assertThat(content.problems()).singleElement()
			.asString()
			.startsWith("interview-kits/counter-staff.yaml:11: not valid YAML")
			.endsWith("a question mark inside [...] ends the item: put the item in quotes,"
					+ " or write the list one item per line");
	}

	@Test
	void quoted_questions_in_a_bracketed_list_are_read() {
		ContentFolder content = ContentFolder.copyOfValid(this.folder)
			.replace("interview-kits/counter-staff.yaml", RESPECT_PROBES,
					"showed respect.\n        probes: [\"What happened next?\", \"Why?\"]\n");

		assertThat(content.bundle().interviewKits().get(0).traits().get(0).questions().get(0).probes())
			.containsExactly("What happened next?", "Why?");
	}

	@Test
	void folder_without_an_index_is_reported_as_such() {
		assertThat(ContentFolder.copyOfValid(this.folder).delete("content.yaml").problems()).singleElement()
			.asString()
			.startsWith("content.yaml: file not found in ");
	}

	@Test
	void a_lesson_path_cannot_escape_the_content_folder() {
		ContentFolder content = ContentFolder.copyOfValid(this.folder)
			.replace("courses/greeting/course.yaml", "file: 01-hello.md", "file: ../../../../etc/passwd");

		assertThat(content.problems()).contains("courses/greeting/course.yaml:7: lesson file "
				+ "'../../../../etc/passwd' must be a lower-case Markdown file name such as '01-why.md'");
	}

	@Test
	void a_misspelt_key_is_reported_rather_than_ignored() {
		ContentFolder content = ContentFolder.copyOfValid(this.folder)
			.replace("courses/greeting/course.yaml", "passMark: 75", "passMark: 75\n  pasMark: 80");

		assertThat(content.problems()).containsExactly("courses/greeting/course.yaml:25: unknown key 'pasMark' in "
				+ "the quiz settings; expected one of: scenariosPerAttempt, passMark, attemptsAllowed, shuffleOptions");
	}

	private static String hash(ContentFolder content) {
		return content.bundle().courses().get(0).contentHash();
	}

	private void write(String path, String text) throws IOException {
		Path file = this.folder.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
