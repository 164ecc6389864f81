package org.servewell.content.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.servewell.content.ContentFolder;

import static org.assertj.core.api.Assertions.assertThat;

class ContentCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void validate_on_valid_content_warns_of_each_strategy_that_passes_too_easily_and_exits_0() {
		Path root = ContentFolder.copyOfValid(this.folder).root();

		assertThat(run("validate", root.toString())).isZero();
		// The test bank's best options are its longest ones.
		assertThat(out())
			.startsWith("warning: greeting: a learner who always picks the longest option would score"
					+ " 100% on average and pass one attempt 100% of the time (pass mark 75%); rewrite first: "
					+ "queue-at-closing, wrong-parcel\n")
			.endsWith("\nOK: " + root + " is valid (1 course, 8 traits, 1 interview kit)\n");
		assertThat(err()).isEmpty();
	}

	@Test
	void folder_that_makes_bank_health_an_error_fails_validate_with_each_strategy_at_its_course() {
		Path root = ContentFolder.copyOfValid(this.folder)
			.replace("content.yaml", "essays:\n", "bankHealth: error\nessays:\n")
			.root();

		assertThat(run("validate", root.toString())).isEqualTo(1);
		assertThat(out())
			.startsWith("courses/greeting/course.yaml: bank health: a learner who always picks the longest option"
					+ " would score 100% on average")
			.contains("problems in " + root + "; after fixing, run validate again\n")
			.doesNotContain("OK:");
	}

	@Test
	void bank_health_level_other_than_warning_or_error_is_reported_at_its_line() {
		Path root = ContentFolder.copyOfValid(this.folder)
			.replace("content.yaml", "essays:\n", "bankHealth: strict\nessays:\n")
			.root();

		assertThat(run("validate", root.toString())).isEqualTo(1);
		assertThat(out()).contains("content.yaml:")
			.contains("'bankHealth' is 'strict'; it must be 'warning' or 'error'");
	}

	@Test
	void validate_warns_of_a_scenario_retold_in_the_same_bank_with_both_places_and_exits_0() {
		Path root = ContentFolder.copyOfValid(this.folder)
			.replace("courses/greeting/scenarios.yaml", "  - id: wrong-parcel\n", """
					  - id: three-waiting-at-closing
					    title: Three waiting at closing
					    situation: |
					      Three people are still waiting, five minutes before you close.
					    prompt: What do you do?
					    traits: [responsiveness]
					    source:
					      essay: 000_aaaaaaaaaaaaaaaa.txt
					      point: steady
					    options:
					      - text: Serve each of them as you would in the morning.
					        rating: 4
					        feedback: Every hour gets the same service.
					      - text: Tell them to come back tomorrow.
					        rating: 1
					        feedback: They waited for nothing.
					      - text: Hurry them along.
					        rating: 2
					        feedback: They notice.
					  - id: wrong-parcel
					""")
			.root();

		assertThat(run("validate", root.toString())).isZero();
		assertThat(out())
			.contains("\nwarning: courses/greeting/scenarios.yaml:2: scenario 'queue-at-closing' is a"
					+ " near-duplicate of 'three-waiting-at-closing' at line 21 of the same bank (similarity 0.89;"
					+ " threshold 0.34): give one of them a new situation\n")
			.endsWith("\nOK: " + root + " is valid (1 course, 8 traits, 1 interview kit)\n");
	}

	@Test
	void summary_lists_similar_scenarios_briefly() {
		Path root = ContentFolder.copyOfValid(this.folder).root();

		assertThat(run("summary", root.toString())).isZero();
		assertThat(out()).endsWith("""
				Similar scenarios (near-duplicates from 0.34, retold lesson examples from 0.45, or 0.25 when a \
				person recurs):
				  none
				""");
	}

	@Test
	void validate_on_broken_content_prints_each_problem_and_exits_1() {
		Path root = ContentFolder.copyOfValid(this.folder)
			.replace("courses/greeting/scenarios.yaml", "rating: 3", "rating: 4")
			.replace("courses/greeting/course.yaml", "passMark: 75", "passMark: 0")
			.root();

		assertThat(run("validate", root.toString())).isEqualTo(1);
		assertThat(out()).isEqualTo("""
				courses/greeting/course.yaml:24: 'passMark' is 0; it must be between 1 and 100
				courses/greeting/scenarios.yaml:29: scenario 'wrong-parcel' has 2 options rated 4 (options 2, 3); \
				exactly one may be the best response
				2 problems in %s; after fixing, run validate again
				""".formatted(root));
	}

	@Test
	void summary_counts_what_the_folder_holds_and_where_each_point_is_taught() {
		Path root = ContentFolder.copyOfValid(this.folder).root();

		assertThat(run("summary", root.toString())).isZero();
		assertThat(out()).startsWith("""
				1 course, 3 lessons, 2 scenarios
				  greeting: 3 lessons, 2 scenarios, quiz draws 2, pass mark 75%
				8 traits
				  respect: 5 anchors
				  fairness: 5 anchors
				  responsiveness: 5 anchors
				  product-knowledge: 5 anchors
				  accuracy: 5 anchors
				  courtesy: 5 anchors
				  making-things-right: 5 anchors
				  ownership: 5 anchors
				1 interview kit
				  counter-staff: 4 traits, 8 questions
				1 path
				  starter: 1 course
				1 essay
				  000_aaaaaaaaaaaaaaaa.txt (A made-up essay for tests): 2 points
				    steady: taught by 2 lessons, 1 scenario
				    front-line: taught by 1 lesson, 1 scenario
				Bank health (a learner who never reads the situation, on each course's quiz rules):
				  greeting (draws 2 of 2, pass mark 75%, 3 attempts):
				    longest                  mean 100%  passes one attempt 100%, within 3 100%  TOO EASY
				""");
	}

	@Test
	void summary_of_broken_content_lists_the_problems_instead_and_exits_1() {
		Path root = ContentFolder.copyOfValid(this.folder)
			.replace("courses/greeting/course.yaml", "passMark: 75", "passMark: 0")
			.root();

		assertThat(run("summary", root.toString())).isEqualTo(1);
		assertThat(out()).startsWith("courses/greeting/course.yaml:24: 'passMark' is 0");
	}

	@Test
	void command_without_a_folder_prints_the_usage_and_exits_2() {
		assertThat(run("validate")).isEqualTo(2);
		assertThat(err()).startsWith("usage: validate <content-folder>");
		assertThat(out()).isEmpty();
	}

	@Test
	void unknown_command_prints_the_usage_and_exits_2() {
		assertThat(run("check", this.folder.toString())).isEqualTo(2);
		assertThat(err()).startsWith("usage: validate <content-folder>");
	}

	@Test
	void folder_that_does_not_exist_is_named_and_exits_2() {
		Path missing = this.folder.resolve("nowhere");

		assertThat(run("validate", missing.toString())).isEqualTo(2);
		assertThat(err()).startsWith("no such folder: " + missing.toAbsolutePath() + "\nusage:");
	}

	@Test
	void bundled_content_passes_validate() {
		Path bundled = Path.of("src/main/resources/servewell-content");

		assertThat(run("validate", bundled.toString())).as(out()).isZero();
	}

	private int run(String... args) {
		return ContentCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
