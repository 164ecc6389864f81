package org.servewell.content;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules for content.yaml itself: essays and their coverage, and onboarding paths. */
class IndexValidationTest {

	private static final String INDEX = "content.yaml";

	private static final String ESSAY_LINE = "  - 000_aaaaaaaaaaaaaaaa.txt\n";

	private static final String COVERAGE = "essays/000_aaaaaaaaaaaaaaaa.yaml";

	private static final String PATH_COURSES = """
			    courses:
			      - course: greeting
			        dueAfterDays: 7
			""";

	private final ContentFolder content;

	IndexValidationTest(@TempDir Path folder) {
		this.content = ContentFolder.copyOfValid(folder);
	}

	@Test
	void essay_listed_twice_is_reported() {
		this.content.replace(INDEX, ESSAY_LINE, ESSAY_LINE + ESSAY_LINE);

		assertThat(this.content.problems())
			.containsExactly(INDEX + ":4: essay '000_aaaaaaaaaaaaaaaa.txt' is listed twice");
	}

	@Test
	void essay_that_is_not_a_seed_file_name_is_reported() {
		this.content.replace(INDEX, ESSAY_LINE, ESSAY_LINE + "  - ../notes.md\n");

		assertThat(this.content.problems()).containsExactly(INDEX + ":4: essay '../notes.md' must be the file name "
				+ "of an essay in shared/seeds, such as '000_37c8580c060f5886.txt'");
	}

	@Test
	void essay_without_a_coverage_file_is_reported_with_the_file_to_create() {
		this.content.replace(INDEX, ESSAY_LINE, ESSAY_LINE + "  - 001_bbbbbbbbbbbbbbbb.txt\n");

		assertThat(this.content.problems()).containsExactly(INDEX + ":4: essay '001_bbbbbbbbbbbbbbbb.txt' has no "
				+ "coverage file: create essays/001_bbbbbbbbbbbbbbbb.yaml");
	}

	@Test
	void coverage_file_named_with_the_essay_extension_is_also_read() {
		this.content.write("essays/000_aaaaaaaaaaaaaaaa.txt.yaml", this.content.read(COVERAGE)).delete(COVERAGE);

		assertThat(this.content.bundle().essays()).singleElement()
			.satisfies((essay) -> assertThat(essay.points()).hasSize(2));
	}

	@Test
	void essay_with_two_coverage_files_is_reported() {
		this.content.write("essays/000_aaaaaaaaaaaaaaaa.txt.yaml", this.content.read(COVERAGE));

		assertThat(this.content.problems()).containsExactly(INDEX + ":3: essay '000_aaaaaaaaaaaaaaaa.txt' has two "
				+ "coverage files, " + COVERAGE + " and essays/000_aaaaaaaaaaaaaaaa.txt.yaml; keep one");
	}

	@Test
	void essay_source_gives_its_own_title_author_and_date_for_citations() {
		this.content.replace(COVERAGE, "title: A made-up essay for tests\n", "title: A made-up essay for tests\n"
				+ "source:\n  title: \"Steady Wins\"\n  author: A. Writer\n  published: 1 May 2020\n");

		assertThat(this.content.bundle().essays()).singleElement()
			.satisfies((essay) -> assertThat(essay.citation()).isEqualTo("“Steady Wins”, A. Writer, 1 May 2020"));
	}

	@Test
	void essay_without_a_source_is_cited_by_our_title_as_untitled() {
		assertThat(this.content.bundle().essays()).singleElement()
			.satisfies(
					(essay) -> assertThat(essay.citation()).isEqualTo("A made-up essay for tests (an untitled essay)"));
	}

	@Test
	void misspelt_key_in_an_essay_source_is_reported() {
		this.content.replace(COVERAGE, "title: A made-up essay for tests\n",
				"title: A made-up essay for tests\nsource:\n  auther: A. Writer\n");

		assertThat(this.content.problems()).singleElement().asString().startsWith(COVERAGE + ":4:").contains("auther");
	}

	@Test
	void coverage_file_naming_another_essay_is_reported() {
		this.content.replace(COVERAGE, "essay: 000_aaaaaaaaaaaaaaaa.txt", "essay: 000_bbbbbbbbbbbbbbbb.txt");

		assertThat(this.content.problems()).containsExactly(COVERAGE + ":1: 'essay' is '000_bbbbbbbbbbbbbbbb.txt'; "
				+ "it must name the essay this file covers, '000_aaaaaaaaaaaaaaaa.txt'");
	}

	@Test
	void essay_point_that_no_lesson_or_scenario_teaches_is_reported_at_the_point() {
		this.content.replace(COVERAGE, "points:\n", "points:\n  - id: unused\n    point: Nobody cites this.\n");

		assertThat(this.content.problems()).containsExactly(COVERAGE + ":4: point 'unused' is not taught anywhere; "
				+ "cite it in a lesson's 'sources' or a scenario's 'source'");
	}

	@Test
	void essay_point_listed_twice_is_reported() {
		this.content.write(COVERAGE, this.content.read(COVERAGE) + "  - id: steady\n    point: Said again.\n");

		assertThat(this.content.problems())
			.containsExactly(COVERAGE + ":8: point 'steady' is listed twice in this essay");
	}

	@Test
	void essay_point_with_a_badly_formed_id_is_reported() {
		this.content.write(COVERAGE, this.content.read(COVERAGE) + "  - id: Said_Again\n    point: Said again.\n");

		assertThat(this.content.problems()).containsExactly(COVERAGE + ":8: point id 'Said_Again' must be "
				+ "lower-case letters, digits and single hyphens, like 'consistency-or-nothing'");
	}

	@Test
	void path_listing_an_unknown_course_is_reported() {
		this.content.replace(INDEX, "- course: greeting", "- course: farewell");

		assertThat(this.content.problems()).containsExactly(INDEX
				+ ":12: path 'starter' lists course 'farewell', which content.yaml does not list under 'courses'");
	}

	@Test
	void path_course_due_before_the_start_date_is_reported() {
		this.content.replace(INDEX, "dueAfterDays: 7", "dueAfterDays: -1");

		assertThat(this.content.problems()).containsExactly(INDEX + ":13: 'dueAfterDays' is -1; it must be 0 or more");
	}

	@Test
	void path_due_on_the_start_date_is_accepted() {
		this.content.replace(INDEX, "dueAfterDays: 7", "dueAfterDays: 0");

		assertThat(this.content.bundle().paths().get(0).courses().get(0).dueAfterDays()).isZero();
	}

	@Test
	void path_without_courses_is_reported() {
		this.content.replace(INDEX, PATH_COURSES, "    courses: []\n");

		assertThat(this.content.problems()).containsExactly(INDEX + ":11: path 'starter' lists no courses");
	}

	@Test
	void path_listing_a_course_twice_is_reported() {
		this.content.replace(INDEX, PATH_COURSES,
				PATH_COURSES + PATH_COURSES.substring(PATH_COURSES.indexOf('\n') + 1));

		assertThat(this.content.problems())
			.containsExactly(INDEX + ":14: path 'starter' lists course 'greeting' twice");
	}

	@Test
	void path_listed_twice_is_reported() {
		String index = this.content.read(INDEX);
		String path = index.substring(index.indexOf("  - id: starter"), index.indexOf("interviewKits:"));
		this.content.replace(INDEX, path, path + path);

		assertThat(this.content.problems()).containsExactly(INDEX + ":14: path 'starter' is listed twice");
	}

	@Test
	void index_without_paths_or_kits_is_valid() {
		String index = this.content.read(INDEX);
		this.content.write(INDEX, index.substring(0, index.indexOf("paths:")));

		ContentBundle bundle = this.content.bundle();

		assertThat(bundle.paths()).isEmpty();
		assertThat(bundle.interviewKits()).isEmpty();
	}

	@Test
	void index_without_essays_says_so_first() {
		this.content.replace(INDEX, "essays:\n" + ESSAY_LINE, "");

		assertThat(this.content.problems()).first().isEqualTo(INDEX + ":2: the content index has no 'essays' list");
	}

}
