package org.servewell.content;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules for the service-trait model in traits.yaml. */
class TraitModelValidationTest {

	private static final String TRAITS = "traits.yaml";

	private static final String FAIRNESS = """
			  - id: fairness
			    name: Fairness
			    definition: What fairness means, for the tests.
			    anchors:
			      1: Behaviour rated 1 for fairness.
			      2: Behaviour rated 2 for fairness.
			      3: Behaviour rated 3 for fairness.
			      4: Behaviour rated 4 for fairness.
			      5: Behaviour rated 5 for fairness.
			    sources: [000_aaaaaaaaaaaaaaaa.txt]
			""";

	private final ContentFolder content;

	TraitModelValidationTest(@TempDir Path folder) {
		this.content = ContentFolder.copyOfValid(folder);
	}

	@Test
	void trait_outside_the_model_is_reported_with_the_ids_allowed() {
		this.content.replace(TRAITS, "id: fairness", "id: patience");

		assertThat(this.content.problems()).containsExactly(TRAITS + ":12: trait 'patience' is not in the Servewell "
				+ "trait model; use one of: respect, fairness, responsiveness, product-knowledge, accuracy, courtesy, "
				+ "making-things-right, ownership, judgement-within-rules, consistency, care-for-people, "
				+ "openness-to-feedback");
	}

	@Test
	void trait_defined_twice_is_reported() {
		this.content.replace(TRAITS, "id: fairness", "id: respect");

		assertThat(this.content.problems()).containsExactly(TRAITS + ":12: trait 'respect' is defined twice");
	}

	@Test
	void model_with_seven_traits_is_reported() {
		this.content.replace(TRAITS, FAIRNESS, "");

		assertThat(this.content.problems())
			.containsExactly(TRAITS + ":1: the trait model has 7 traits; it needs between 8 and 12");
	}

	@Test
	void model_with_all_twelve_traits_is_accepted() {
		StringBuilder more = new StringBuilder(FAIRNESS);
		for (String id : new String[] { "judgement-within-rules", "consistency", "care-for-people",
				"openness-to-feedback" }) {
			more.append(FAIRNESS.replace("fairness", id));
		}
		this.content.replace(TRAITS, FAIRNESS, more.toString());

		assertThat(this.content.bundle().traits()).hasSize(12);
	}

	@Test
	void trait_missing_an_anchor_is_reported_with_the_rating_to_add() {
		this.content.replace(TRAITS, "      3: Behaviour rated 3 for respect.\n", "");

		assertThat(this.content.problems()).containsExactly(
				TRAITS + ":6: trait 'respect' has no anchor for rating 3; give one for each rating from 1 to 5");
	}

	@Test
	void anchor_for_a_rating_above_five_is_reported() {
		this.content.replace(TRAITS, "      5: Behaviour rated 5 for respect.\n",
				"      5: Behaviour rated 5 for respect.\n      6: Even better.\n");

		assertThat(this.content.problems()).containsExactly(
				TRAITS + ":11: trait 'respect' has an anchor for '6'; anchors are for the ratings 1 to 5 only");
	}

	@Test
	void empty_anchor_is_reported_with_what_to_write() {
		this.content.replace(TRAITS, "2: Behaviour rated 2 for respect.", "2: \"\"");

		assertThat(this.content.problems())
			.containsExactly(TRAITS + ":7: trait 'respect' anchor 2 is empty; describe what a person rated 2 does");
	}

	@Test
	void trait_citing_an_essay_the_index_does_not_list_is_reported() {
		this.content.replace(TRAITS, "for respect.\n    sources: [000_aaaaaaaaaaaaaaaa.txt]",
				"for respect.\n    sources: [001_cccccccccccccccc.txt]");

		assertThat(this.content.problems()).containsExactly(TRAITS + ":11: trait 'respect' cites essay "
				+ "'001_cccccccccccccccc.txt', which content.yaml does not list under 'essays'");
	}

	@Test
	void missing_trait_model_is_reported_once_not_at_every_trait_it_would_define() {
		this.content.delete(TRAITS);

		assertThat(this.content.problems()).singleElement().asString().startsWith("traits.yaml: file not found in ");
	}

	@Test
	void index_may_name_another_file_for_the_trait_model() {
		this.content.write("service-traits.yaml", this.content.read(TRAITS))
			.delete(TRAITS)
			.replace("content.yaml", "\ncourses:\n", "\ntraits: service-traits.yaml\ncourses:\n");

		assertThat(this.content.bundle().traits()).hasSize(8);
	}

	@Test
	void trait_model_file_outside_the_folder_is_refused() {
		this.content.replace("content.yaml", "\ncourses:\n", "\ntraits: ../traits.yaml\ncourses:\n");

		assertThat(this.content.problems())
			.containsExactly("content.yaml:4: 'traits' must name a YAML file in this folder, such as 'traits.yaml'");
	}

	@Test
	void anchor_longer_than_the_platform_stores_is_reported_with_its_line() {
		String anchor = "Listens. ".repeat(250).strip();
		this.content.replace(TRAITS, "3: Behaviour rated 3 for respect.", "3: " + anchor);

		assertThat(this.content.problems()).containsExactly(TRAITS + ":8: trait 'respect' anchor 3 is "
				+ anchor.length() + " characters long; shorten it to at most " + ContentLimits.MAX_STATEMENT_LENGTH);
	}

}
