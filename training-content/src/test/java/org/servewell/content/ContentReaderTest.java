package org.servewell.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ContentReaderTest {

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
	void unchanged_content_keeps_its_hash_and_a_changed_lesson_changes_it() throws IOException {
		writeCourse("Lesson text.");
		String first = ContentReader.read(ContentSource.directory(this.folder)).courses().get(0).contentHash();
		String again = ContentReader.read(ContentSource.directory(this.folder)).courses().get(0).contentHash();
		writeCourse("Lesson text, improved.");
		String changed = ContentReader.read(ContentSource.directory(this.folder)).courses().get(0).contentHash();

		assertThat(again).isEqualTo(first);
		assertThat(changed).isNotEqualTo(first);
	}

	@Test
	void every_problem_is_reported_at_once_with_file_and_line() throws IOException {
		write("content.yaml", "courses:\n  - broken\n  - missing\n");
		write("courses/broken/course.yaml", """
				id: broken
				title: A broken course
				audience: Everyone
				estimatedMinutes: lots
				lessons:
				  - file: 01-gone.md
				    title: Gone
				""");

		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> ContentReader.read(ContentSource.directory(this.folder)))
			.satisfies((ex) -> assertThat(ex.problems()).map(ContentProblem::toString)
				.containsExactlyInAnyOrder("courses/broken/course.yaml:1: course 'broken' has no 'summary'",
						"courses/broken/course.yaml:4: 'estimatedMinutes' must be a whole number, not 'lots'",
						"courses/broken/course.yaml:6: lesson file '01-gone.md' does not exist in courses/broken/",
						"content.yaml:3: course 'missing' has no manifest: create courses/missing/course.yaml"));
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
	void a_lesson_path_cannot_escape_the_content_folder() throws IOException {
		write("content.yaml", "courses:\n  - sneaky\n");
		write("courses/sneaky/course.yaml", """
				id: sneaky
				title: Sneaky
				summary: Tries to read outside its folder.
				audience: Nobody
				estimatedMinutes: 5
				lessons:
				  - file: ../../../../etc/passwd
				    title: Secrets
				""");

		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> ContentReader.read(ContentSource.directory(this.folder)))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("must be a lower-case Markdown file name"));
	}

	private void writeCourse(String lesson) throws IOException {
		write("content.yaml", "courses:\n  - demo\n");
		write("courses/demo/course.yaml", """
				id: demo
				title: Demo
				summary: A course for the test.
				audience: Testers
				estimatedMinutes: 5
				lessons:
				  - file: 01-one.md
				    title: One
				""");
		write("courses/demo/01-one.md", lesson);
	}

	private void write(String path, String text) throws IOException {
		Path file = this.folder.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

}
