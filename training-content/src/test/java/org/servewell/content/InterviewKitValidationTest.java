package org.servewell.content;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules for interview kits. */
class InterviewKitValidationTest {

	private static final String KIT = "interview-kits/counter-staff.yaml";

	private static final String SECOND_RESPECT_QUESTION = """
			      - kind: situational
			        text: What would you do if respect was tested at the counter?
			        strongAnswer: A clear plan that keeps the customer in mind.
			        weakAnswer: Passing the problem to someone else.
			""";

	private final ContentFolder content;

	InterviewKitValidationTest(@TempDir Path folder) {
		this.content = ContentFolder.copyOfValid(folder);
	}

	@Test
	void kit_listed_without_its_file_is_reported_where_it_is_listed() {
		this.content.delete(KIT);

		assertThat(this.content.problems())
			.containsExactly("content.yaml:15: interview kit 'counter-staff' has no file: create " + KIT);
	}

	@Test
	void kit_listed_twice_is_reported() {
		this.content.replace("content.yaml", "  - counter-staff\n", "  - counter-staff\n  - counter-staff\n");

		assertThat(this.content.problems())
			.containsExactly("content.yaml:16: interview kit 'counter-staff' is listed twice");
	}

	@Test
	void kit_id_that_differs_from_its_file_name_is_reported() {
		this.content.replace(KIT, "id: counter-staff", "id: counter");

		assertThat(this.content.problems())
			.containsExactly(KIT + ":1: the kit id 'counter' must match its file name 'counter-staff'");
	}

	@Test
	void kit_naming_a_trait_the_model_lacks_is_reported() {
		this.content.replace(KIT, "trait: respect", "trait: patience");

		assertThat(this.content.problems()).containsExactly(
				KIT + ":6: interview kit 'counter-staff' names trait 'patience', which traits.yaml does not define");
	}

	@Test
	void kit_rating_a_trait_twice_is_reported() {
		this.content.replace(KIT, "trait: courtesy", "trait: respect");

		assertThat(this.content.problems())
			.containsExactly(KIT + ":19: interview kit 'counter-staff' rates trait 'respect' twice");
	}

	@Test
	void kit_rating_three_traits_is_reported() {
		String kit = this.content.read(KIT);
		this.content.write(KIT, kit.substring(0, kit.indexOf("  - trait: accuracy")));

		assertThat(this.content.problems())
			.containsExactly(KIT + ":5: interview kit 'counter-staff' rates 3 traits; a kit rates 4 to 8");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			weight: 2          | weight: 4          | 20: 'weight' is 4; it must be between 1 and 3
			weight: 2          | weight: 0          | 20: 'weight' is 0; it must be between 1 and 3
			passThreshold: 3.5 | passThreshold: 6   | 4: 'passThreshold' is 6; it must be between 1 and 5
			passThreshold: 3.5 | passThreshold: 0.5 | 4: 'passThreshold' is 0.5; it must be between 1 and 5
			passThreshold: 3.5 | passThreshold: high | 4: 'passThreshold' must be a number such as 3.5, not 'high'
			""")
	void kit_number_out_of_range_is_reported_with_its_line(String valid, String broken, String problem) {
		this.content.replace(KIT, valid, broken);

		assertThat(this.content.problems()).containsExactly(KIT + ":" + problem);
	}

	@Test
	void trait_with_one_question_is_reported() {
		this.content.replace(KIT, SECOND_RESPECT_QUESTION, "");

		assertThat(this.content.problems())
			.containsExactly(KIT + ":8: trait 'respect' in interview kit 'counter-staff' has 1 question; ask 2 or 3");
	}

	@Test
	void trait_with_four_questions_is_reported() {
		this.content.replace(KIT, SECOND_RESPECT_QUESTION, SECOND_RESPECT_QUESTION.repeat(3));

		assertThat(this.content.problems())
			.containsExactly(KIT + ":8: trait 'respect' in interview kit 'counter-staff' has 4 questions; ask 2 or 3");
	}

	@Test
	void question_of_an_unknown_kind_is_reported_with_the_kinds_allowed() {
		this.content.replace(KIT, SECOND_RESPECT_QUESTION,
				SECOND_RESPECT_QUESTION.replace("kind: situational", "kind: hypothetical"));

		assertThat(this.content.problems()).containsExactly(KIT + ":15: question 2 on trait 'respect' in interview "
				+ "kit 'counter-staff' has kind 'hypothetical'; use behavioural or situational");
	}

	@Test
	void question_without_a_strong_answer_is_reported() {
		this.content.replace(KIT, SECOND_RESPECT_QUESTION, SECOND_RESPECT_QUESTION
			.replace("        strongAnswer: A clear plan that keeps the customer in mind.\n", ""));

		assertThat(this.content.problems()).containsExactly(
				KIT + ":15: question 2 on trait 'respect' in interview kit 'counter-staff' has no 'strongAnswer'");
	}

}
