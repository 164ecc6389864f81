package org.servewell.content;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules for scenario banks: ids, options, ratings, feedback, traits and sources. */
class ScenarioValidationTest {

	private static final String BANK = "courses/greeting/scenarios.yaml";

	private static final String THIRD_OPTION = """
			      - text: Tell them to come back tomorrow.
			        rating: 1
			        feedback: They waited and got nothing.
			""";

	private final ContentFolder content;

	ScenarioValidationTest(@TempDir Path folder) {
		this.content = ContentFolder.copyOfValid(folder);
	}

	@Test
	void scenario_with_two_best_options_is_reported_with_its_line() {
		this.content.replace(BANK, "rating: 3", "rating: 4");

		assertThat(this.content.problems()).containsExactly(BANK + ":29: scenario 'wrong-parcel' has 2 options "
				+ "rated 4 (options 2, 3); exactly one may be the best response");
	}

	@Test
	void scenario_without_a_best_option_is_reported() {
		this.content.replace(BANK, "Serve each of them as you would in the morning.\n        rating: 4",
				"Serve each of them as you would in the morning.\n        rating: 3");

		assertThat(this.content.problems()).containsExactly(
				BANK + ":11: scenario 'queue-at-closing' has no option rated 4; rate its one best response 4");
	}

	@Test
	void scenario_with_two_options_is_reported() {
		this.content.replace(BANK, THIRD_OPTION, "");

		assertThat(this.content.problems())
			.containsExactly(BANK + ":11: scenario 'queue-at-closing' has 2 options; give it 3 to 5");
	}

	@Test
	void scenario_with_six_options_is_reported() {
		this.content.replace(BANK, THIRD_OPTION, THIRD_OPTION.repeat(4));

		assertThat(this.content.problems())
			.containsExactly(BANK + ":11: scenario 'queue-at-closing' has 6 options; give it 3 to 5");
	}

	@Test
	void option_rated_outside_one_to_four_is_reported_with_its_line() {
		this.content.replace(BANK, "rating: 3", "rating: 5");

		assertThat(this.content.problems()).containsExactly(BANK + ":34: 'rating' is 5; it must be between 1 and 4");
	}

	@Test
	void option_without_feedback_names_its_scenario_and_number() {
		this.content.replace(BANK, "        feedback: A fair start, but vague.\n", "");

		assertThat(this.content.problems())
			.containsExactly(BANK + ":33: scenario 'wrong-parcel' option 2 has no 'feedback'");
	}

	@Test
	void option_with_blank_feedback_is_reported_like_a_missing_one() {
		this.content.replace(BANK, "feedback: A fair start, but vague.", "feedback: \"  \"");

		assertThat(this.content.problems())
			.containsExactly(BANK + ":33: scenario 'wrong-parcel' option 2 has no 'feedback'");
	}

	@Test
	void scenario_naming_a_trait_the_model_lacks_is_reported() {
		this.content.replace(BANK, "traits: [making-things-right]", "traits: [patience]");

		assertThat(this.content.problems()).containsExactly(
				BANK + ":25: scenario 'wrong-parcel' names trait 'patience', which traits.yaml does not define");
	}

	@Test
	void scenario_without_traits_is_reported() {
		this.content.replace(BANK, "traits: [making-things-right]", "traits: []");

		assertThat(this.content.problems())
			.containsExactly(BANK + ":25: scenario 'wrong-parcel' has 0 traits; tag it with 1 to 3");
	}

	@Test
	void scenario_with_four_traits_is_reported() {
		this.content.replace(BANK, "traits: [making-things-right]",
				"traits: [making-things-right, ownership, courtesy, respect]");

		assertThat(this.content.problems())
			.containsExactly(BANK + ":25: scenario 'wrong-parcel' has 4 traits; tag it with 1 to 3");
	}

	@Test
	void scenario_naming_a_trait_twice_is_reported() {
		this.content.replace(BANK, "traits: [making-things-right]", "traits: [ownership, ownership]");

		assertThat(this.content.problems())
			.containsExactly(BANK + ":25: scenario 'wrong-parcel' names trait 'ownership' twice");
	}

	@Test
	void scenario_id_used_twice_in_one_bank_is_reported_with_the_first_place() {
		this.content.replace(BANK, "id: wrong-parcel", "id: queue-at-closing");

		assertThat(this.content.problems()).containsExactly(BANK + ":21: scenario id 'queue-at-closing' is already "
				+ "used at " + BANK + ":2; scenario ids must be unique across all courses");
	}

	@Test
	void scenario_id_reused_by_another_course_is_reported() {
		this.content.replace("content.yaml", "  - greeting\n", "  - greeting\n  - farewell\n");
		for (String file : new String[] { "01-hello.md", "02-listen.md", "03-follow-up.md", "scenarios.yaml" }) {
			this.content.write("courses/farewell/" + file, this.content.read("courses/greeting/" + file));
		}
		this.content.write("courses/farewell/course.yaml",
				this.content.read("courses/greeting/course.yaml").replace("id: greeting", "id: farewell"));
		this.content.replace("courses/farewell/scenarios.yaml", "id: queue-at-closing", "id: queue-at-the-door");

		assertThat(this.content.problems()).containsExactly("courses/farewell/scenarios.yaml:21: scenario id "
				+ "'wrong-parcel' is already used at " + BANK + ":21; scenario ids must be unique across all courses");
	}

	@Test
	void scenario_without_a_source_is_reported() {
		this.content.replace(BANK, """
				    source:
				      essay: 000_aaaaaaaaaaaaaaaa.txt
				      point: steady
				""", "");

		assertThat(this.content.problems()).containsExactly(BANK + ":2: scenario 'queue-at-closing' has no 'source'");
	}

	@Test
	void scenario_citing_an_unknown_point_is_reported_at_the_point() {
		this.content.replace(BANK, "point: front-line", "point: frontline");

		assertThat(this.content.problems()).containsExactly(BANK + ":28: scenario 'wrong-parcel' cites point "
				+ "'frontline', which essay '000_aaaaaaaaaaaaaaaa.txt' does not have; its points are: steady, front-line");
	}

	@Test
	void situation_with_raw_html_is_reported() {
		this.content.replace(BANK, "situation: A customer was sent someone else's parcel.",
				"situation: A customer was sent <em>someone else's</em> parcel.");

		assertThat(this.content.problems()).containsExactly(BANK
				+ ":23: the situation of scenario 'wrong-parcel' contains raw HTML '<em>'; write it in Markdown instead",
				BANK + ":23: the situation of scenario 'wrong-parcel' contains raw HTML '</em>'; write it in Markdown instead");
	}

	@Test
	void scenario_without_a_prompt_is_reported() {
		this.content.replace(BANK, "    prompt: What do you say?\n", "");

		assertThat(this.content.problems()).containsExactly(BANK + ":21: scenario 'wrong-parcel' has no 'prompt'");
	}

	@Test
	void option_feedback_longer_than_the_platform_stores_is_reported_with_its_line() {
		String feedback = "Vague. ".repeat(600).strip();
		this.content.replace(BANK, "feedback: A fair start, but vague.", "feedback: " + feedback);

		assertThat(this.content.problems())
			.containsExactly(BANK + ":35: scenario 'wrong-parcel' option 2's 'feedback' is " + feedback.length()
					+ " characters long; shorten it to at most " + ContentLimits.MAX_EXPLANATION_LENGTH);
	}

	@Test
	void scenario_id_longer_than_the_platform_stores_is_reported() {
		String id = "wrong-parcel-" + "x".repeat(ContentLimits.MAX_ID_LENGTH);
		this.content.replace(BANK, "id: wrong-parcel", "id: " + id);

		assertThat(this.content.problems()).singleElement()
			.asString()
			.contains("scenario id '" + id + "' is " + id.length() + " characters long; shorten it to at most 80");
	}

}
