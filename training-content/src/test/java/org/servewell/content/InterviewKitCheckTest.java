package org.servewell.content;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Checking one kit, as HR adjusts it, by the rules of the kit files. */
class InterviewKitCheckTest {

	private static final ContentSource BUNDLED = ContentSource.bundled();

	private static final InterviewKitContent FRONT_LINE = ContentReader.read(BUNDLED).interviewKits().get(0);

	@Test
	void bundled_kit_under_a_new_id_passes_and_reads_back_as_it_was() {
		InterviewKitContent copy = withTraits("custom-front-line-a1b2", 3.5, FRONT_LINE.traits());

		InterviewKitCheck check = ContentReader.checkInterviewKit(BUNDLED, copy);

		assertThat(check.problems()).isEmpty();
		assertThat(check.kit()).contains(copy);
	}

	@Test
	void texts_are_read_back_stripped_as_from_a_file() {
		InterviewKitContent.KitTrait first = FRONT_LINE.traits().get(0);
		InterviewKitContent.InterviewQuestion question = first.questions().get(0);
		List<InterviewKitContent.KitTrait> traits = new ArrayList<>(FRONT_LINE.traits());
		List<InterviewKitContent.InterviewQuestion> questions = new ArrayList<>(first.questions());
		questions.set(0, new InterviewKitContent.InterviewQuestion(question.kind(), "  Tell me\nabout a hard day. ",
				question.probes(), question.strongAnswer(), question.weakAnswer()));
		traits.set(0, new InterviewKitContent.KitTrait(first.trait(), first.weight(), questions));

		InterviewKitCheck check = ContentReader.checkInterviewKit(BUNDLED, withTraits("custom-x", 3.5, traits));

		assertThat(check.kit().orElseThrow().traits().get(0).questions().get(0).text())
			.isEqualTo("Tell me\nabout a hard day.");
	}

	@Test
	void every_problem_is_listed_and_placed_on_the_trait_it_concerns() {
		List<InterviewKitContent.KitTrait> traits = new ArrayList<>(FRONT_LINE.traits());
		InterviewKitContent.KitTrait second = traits.get(1);
		traits.set(1, new InterviewKitContent.KitTrait(second.trait(), 4, List.of()));
		InterviewKitContent.KitTrait third = traits.get(2);
		traits.set(2, new InterviewKitContent.KitTrait("patience", third.weight(), third.questions()));

		InterviewKitCheck check = ContentReader.checkInterviewKit(BUNDLED, withTraits("custom-x", 5.5, traits));

		assertThat(check.isValid()).isFalse();
		assertThat(check.kit()).isEmpty();
		assertThat(check.problems())
			.extracting(InterviewKitCheck.Problem::traitIndex, InterviewKitCheck.Problem::message)
			.containsExactly(tuple(-1, "'passThreshold' is 5.5; it must be between 1 and 5"),
					tuple(1, "'weight' is 4; it must be between 1 and 3"),
					tuple(1, "trait 'care-for-people' in interview kit 'custom-x' has 0 questions; ask 2 or 3"),
					tuple(2, "interview kit 'custom-x' names trait 'patience', which traits.yaml does not define"));
	}

	@Test
	void kit_with_too_few_traits_and_a_trait_rated_twice_is_refused() {
		List<InterviewKitContent.KitTrait> traits = List.of(FRONT_LINE.traits().get(0), FRONT_LINE.traits().get(1),
				FRONT_LINE.traits().get(0));

		InterviewKitCheck check = ContentReader.checkInterviewKit(BUNDLED, withTraits("custom-x", 3.0, traits));

		assertThat(check.problems())
			.extracting(InterviewKitCheck.Problem::traitIndex, InterviewKitCheck.Problem::message)
			.containsExactly(tuple(-1, "interview kit 'custom-x' rates 3 traits; a kit rates 4 to 8"),
					tuple(2, "interview kit 'custom-x' rates trait 'respect' twice"));
	}

	@Test
	void empty_texts_are_reported_as_missing() {
		InterviewKitContent kit = new InterviewKitContent("custom-x", " ", "", 3.0, FRONT_LINE.traits());

		assertThat(ContentReader.checkInterviewKit(BUNDLED, kit).problems())
			.extracting(InterviewKitCheck.Problem::message)
			.containsExactly("interview kit 'custom-x' has no 'title'", "interview kit 'custom-x' has no 'forRole'");
	}

	private static InterviewKitContent withTraits(String id, double threshold,
			List<InterviewKitContent.KitTrait> traits) {
		return new InterviewKitContent(id, FRONT_LINE.title(), FRONT_LINE.forRole(), threshold, traits);
	}

}
