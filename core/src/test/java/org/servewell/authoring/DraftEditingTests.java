package org.servewell.authoring;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servewell.content.OptionContent;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A trainer editing a course's draft, on the embedded database and on a MySQL-protocol
 * server. Each test works on a course of its own (a copy of a bundled course under a new
 * id), so tests can run in any order against one database.
 */
abstract class DraftEditingTests extends StudioTests {

	@Test
	void trainer_starting_a_draft_gets_a_copy_of_the_newest_version_with_nothing_to_fix() {
		String trainer = person("Tess Trainer", Role.TRAINER);

		DraftView draft = SignedIn.as(trainer, () -> this.drafts.startDraft(BUNDLED), Roles.TRAINER);

		assertThat(draft.basedOnVersion()).isNotNull();
		assertThat(draft.lessons()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(draft.scenarios()).hasSizeGreaterThanOrEqualTo(6);
		assertThat(draft.lessons()).allSatisfy((lesson) -> assertThat(lesson.sources()).isNotEmpty());
		assertThat(draft.problems()).isEmpty();
		DraftView again = SignedIn.as(trainer, () -> this.drafts.startDraft(BUNDLED), Roles.TRAINER);
		assertThat(again.details().version()).isEqualTo(draft.details().version());
		SignedIn.run(trainer, () -> this.drafts.discardDraft(BUNDLED), Roles.TRAINER);
	}

	@Test
	void second_trainer_saving_a_stale_copy_of_a_scenario_is_refused_with_who_changed_it_and_when_in_their_language() {
		String first = person("Fay First", Role.TRAINER);
		String second = person("Sam Second", Role.TRAINER);
		String code = newCourse(first);
		DraftView opened = SignedIn.as(first, () -> this.drafts.startDraft(code), Roles.TRAINER);
		DraftView.Scenario scenario = opened.scenarios().get(0);

		SignedIn.run(first, () -> this.drafts.saveScenario(code, retitled(scenario, "First's title")), Roles.TRAINER);

		StaleDraftException refused = catchThrowableOfType(StaleDraftException.class, () -> SignedIn.run(second,
				() -> this.drafts.saveScenario(code, retitled(scenario, "Second's title")), Roles.TRAINER));

		assertThat(refused.getMessage()).isEqualTo(refused.message(Locale.ENGLISH))
			.matches("Fay First changed scenario 'First's title' on \\d{1,2} \\S+ \\d{4} at \\d{2}:\\d{2} UTC, "
					+ "after you opened it\\. Nothing was saved: reload to see their change, then make yours again\\.");
		assertThat(refused.message(Locale.GERMAN)).matches("Fay First hat das Szenario „First's title“ am "
				+ "\\d{1,2}\\. \\S+ \\d{4} um \\d{2}:\\d{2} UTC geändert, nachdem Sie es geöffnet hatten\\. "
				+ "Es wurde nichts gespeichert: .*");
		DraftView now = SignedIn.as(second, () -> this.drafts.draft(code), Roles.TRAINER);
		assertThat(now.scenarios().get(0).title()).isEqualTo("First's title");
	}

	@Test
	void scenario_without_a_best_option_is_flagged_beside_it_and_the_draft_cannot_be_published() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		String code = newCourse(trainer);
		DraftView draft = SignedIn.as(trainer, () -> this.drafts.startDraft(code), Roles.TRAINER);
		DraftView.Scenario scenario = draft.scenarios().get(1);
		List<OptionContent> noBest = scenario.options()
			.stream()
			.map((option) -> new OptionContent(option.text(), Math.min(option.rating(), 3), option.feedback()))
			.toList();

		DraftView saved = SignedIn.as(trainer, () -> this.drafts.saveScenario(code, withOptions(scenario, noBest)),
				Roles.TRAINER);

		assertThat(saved.problemsOf(DraftProblem.Part.SCENARIO, scenario.id())).singleElement().satisfies((problem) -> {
			assertThat(problem.message()).contains("no option rated 4");
			assertThat(problem.location()).startsWith("courses/" + code + "/scenarios.yaml:");
		});
		assertThat(saved.publishable()).isFalse();
		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(() -> SignedIn.run(trainer, () -> this.publishing.publish(code, "Try"), Roles.TRAINER))
			.withMessageContaining("1 problem(s)");
	}

	@Test
	void scenario_id_used_by_another_course_is_a_problem() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		String code = newCourse(trainer);
		DraftView draft = SignedIn.as(trainer, () -> this.drafts.startDraft(code), Roles.TRAINER);
		DraftView.Scenario scenario = draft.scenarios().get(0);
		DraftView.Scenario taken = new DraftView.Scenario(scenario.id(), "ftet-closing-time-caller", scenario.title(),
				scenario.situation(), scenario.prompt(), scenario.traits(), scenario.source(), scenario.options(),
				scenario.version(), scenario.updatedAt(), scenario.updatedBy());

		DraftView saved = SignedIn.as(trainer, () -> this.drafts.saveScenario(code, taken), Roles.TRAINER);

		assertThat(saved.problemsOf(DraftProblem.Part.SCENARIO, scenario.id())).extracting(DraftProblem::message)
			.anySatisfy((message) -> assertThat(message).contains("already used in course '" + BUNDLED + "'"));
	}

	private String newCourse(String trainer) {
		return publishedCopyOfBundled(trainer, "studio");
	}

}
