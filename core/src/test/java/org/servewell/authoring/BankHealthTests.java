package org.servewell.authoring;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servewell.content.OptionContent;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A trainer reading the health of a draft's scenario bank: how far a learner answering by
 * surface cues would get with the draft's quiz rules, and what to rewrite first.
 */
abstract class BankHealthTests extends StudioTests {

	@Autowired
	BankHealthService health;

	@Test
	void trainer_reads_the_bank_health_of_a_bundled_course_draft_with_every_strategy_on_its_quiz_rules() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		try {
			DraftView draft = SignedIn.as(trainer, () -> this.drafts.startDraft(BUNDLED), Roles.TRAINER);

			BankHealthView read = SignedIn.as(trainer, () -> this.health.bankHealth(BUNDLED), Roles.TRAINER);

			assertThat(read.quiz()).isEqualTo(draft.details().quiz());
			assertThat(read.scenariosChecked()).isEqualTo(draft.scenarios().size());
			assertThat(read.scenariosSkipped()).isZero();
			assertThat(read.strategies()).extracting(BankHealthView.Strategy::id)
				.contains("longest", "second-longest", "shortest", "most-actions", "random");
			assertThat(read.strategies()).allSatisfy((strategy) -> {
				assertThat(strategy.behaviour()).isNotBlank();
				assertThat(strategy.meanCreditPercent()).isBetween(0.0, 100.0);
				assertThat(strategy.passWithinAttempts()).isGreaterThanOrEqualTo(strategy.passOneAttempt());
			});
			List<String> titles = draft.scenarios().stream().map(DraftView.Scenario::title).toList();
			assertThat(read.strategies()).flatExtracting(BankHealthView.Strategy::feeders)
				.extracting(BankHealthView.Scenario::title)
				.allSatisfy((title) -> assertThat(titles).contains(title));
			assertThat(read.verdict()).isEqualTo(read.risky().isEmpty() ? BankHealthView.Verdict.MEASURES_JUDGEMENT
					: BankHealthView.Verdict.TOO_EASY);
		}
		finally {
			SignedIn.run(trainer, () -> this.drafts.discardDraft(BUNDLED), Roles.TRAINER);
		}
	}

	@Test
	void trainer_who_makes_every_best_answer_the_longest_sees_the_longest_pass_and_the_scenarios_to_fix_by_title() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		DraftView draft = draftOfPublishedCopy(trainer, "health");
		String code = draft.courseCode();
		for (DraftView.Scenario scenario : draft.scenarios()) {
			SignedIn.run(trainer, () -> this.drafts.saveScenario(code, withLongestBest(scenario)), Roles.TRAINER);
		}

		BankHealthView read = SignedIn.as(trainer, () -> this.health.bankHealth(code), Roles.TRAINER);

		assertThat(read.verdict()).isEqualTo(BankHealthView.Verdict.TOO_EASY);
		BankHealthView.Strategy longest = read.risky().get(0);
		assertThat(longest.id()).isEqualTo("longest");
		assertThat(longest.meanCreditPercent()).isEqualTo(100.0);
		assertThat(longest.passOneAttempt()).isEqualTo(1.0);
		List<String> titles = draft.scenarios().stream().map(DraftView.Scenario::title).toList();
		assertThat(longest.feeders()).isNotEmpty().allSatisfy((feeder) -> assertThat(titles).contains(feeder.title()));
		assertThat(read.fixFirst()).isNotEmpty().hasSizeLessThanOrEqualTo(BankHealthService.FIX_FIRST);
		assertThat(read.fixFirst()).allSatisfy((scenario) -> assertThat(draft.scenarios())
			.anySatisfy((part) -> assertThat(part.id()).isEqualTo(scenario.id())));
	}

	@Test
	void scenario_with_two_options_is_left_out_of_the_check_and_counted_not_refused() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		DraftView draft = draftOfPublishedCopy(trainer, "health");
		String code = draft.courseCode();
		DraftView.Scenario unfinished = draft.scenarios().get(0);
		SignedIn.run(trainer,
				() -> this.drafts.saveScenario(code, withOptions(unfinished, unfinished.options().subList(0, 2))),
				Roles.TRAINER);

		BankHealthView read = SignedIn.as(trainer, () -> this.health.bankHealth(code), Roles.TRAINER);

		assertThat(read.scenariosSkipped()).isEqualTo(1);
		assertThat(read.scenariosChecked()).isEqualTo(draft.scenarios().size() - 1);
		assertThat(read.strategies()).flatExtracting(BankHealthView.Strategy::feeders)
			.extracting(BankHealthView.Scenario::id)
			.doesNotContain(unfinished.id());
	}

	@Test
	void a_copy_of_a_published_course_sets_every_dilemma_again_and_each_pair_names_the_other_course() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		DraftView draft = draftOfPublishedCopy(trainer, "twice");
		String code = draft.courseCode();
		String bundledTitle = SignedIn.as(trainer, () -> this.drafts.startDraft(BUNDLED), Roles.TRAINER)
			.details()
			.title();
		SignedIn.run(trainer, () -> this.drafts.discardDraft(BUNDLED), Roles.TRAINER);

		BankHealthView read = SignedIn.as(trainer, () -> this.health.bankHealth(code), Roles.TRAINER);

		assertThat(read.sameDilemmas()).filteredOn((pair) -> pair.otherCourse().equals(bundledTitle))
			.hasSize(draft.scenarios().size())
			.allSatisfy((pair) -> {
				assertThat(pair.sameBank()).isFalse();
				assertThat(pair.other().title()).isEqualTo(pair.scenario().title());
				assertThat(pair.similarity()).isCloseTo(1.0, within(0.001));
				assertThat(draft.scenarios())
					.anySatisfy((part) -> assertThat(part.id()).isEqualTo(pair.scenario().id()));
			});
		assertThat(read.sameDilemmas()).noneSatisfy((pair) -> assertThat(pair.sameBank()).isTrue());
	}

	@Test
	void a_scenario_copied_within_the_draft_and_one_retelling_its_lesson_are_named_with_what_they_repeat() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		DraftView draft = draftOfPublishedCopy(trainer, "retold");
		String code = draft.courseCode();
		DraftView.Scenario first = draft.scenarios().get(0);
		DraftView.Lesson lesson = draft.lessons().get(1);
		DraftView.Scenario second = draft.scenarios().get(1);
		SignedIn.run(trainer, () -> {
			this.drafts.saveScenario(code, new DraftView.Scenario(0, code + "-again", "Again", first.situation(),
					first.prompt(), first.traits(), first.source(), first.options(), 0, null, null));
			this.drafts.saveScenario(code,
					new DraftView.Scenario(second.id(), second.key(), second.title(), lesson.markdown(),
							second.prompt(), second.traits(), second.source(), second.options(), second.version(), null,
							null));
		}, Roles.TRAINER);

		BankHealthView read = SignedIn.as(trainer, () -> this.health.bankHealth(code), Roles.TRAINER);

		assertThat(read.sameDilemmas()).filteredOn(BankHealthView.SameDilemma::sameBank)
			.singleElement()
			.satisfies((pair) -> assertThat(List.of(pair.scenario().title(), pair.other().title()))
				.containsExactlyInAnyOrder(first.title(), "Again"));
		assertThat(read.retoldLessons()).anySatisfy((replay) -> {
			assertThat(replay.scenario().id()).isEqualTo(second.id());
			assertThat(replay.lessonTitle()).isEqualTo(lesson.title());
		});
	}

	@Test
	void person_without_the_trainer_role_is_refused_the_bank_health() {
		String learner = person("Lee Learner", Role.LEARNER);
		String hr = person("Harper Hr", Role.HR);

		assertThatExceptionOfType(AuthorizationDeniedException.class)
			.isThrownBy(() -> SignedIn.as(learner, () -> this.health.bankHealth(BUNDLED), Roles.LEARNER));
		assertThatExceptionOfType(AuthorizationDeniedException.class)
			.isThrownBy(() -> SignedIn.as(hr, () -> this.health.bankHealth(BUNDLED), Roles.HR));
	}

	@Test
	void bank_health_of_a_course_without_a_draft_says_it_has_none() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		String code = publishedCopyOfBundled(trainer, "health");

		assertThatExceptionOfType(AuthoringNotFoundException.class)
			.isThrownBy(() -> SignedIn.as(trainer, () -> this.health.bankHealth(code), Roles.TRAINER))
			.withMessageContaining("has no draft");
	}

	/** The scenario with its best option made longer than every other. */
	private static DraftView.Scenario withLongestBest(DraftView.Scenario scenario) {
		int longest = scenario.options().stream().mapToInt((option) -> option.text().length()).max().orElseThrow();
		List<OptionContent> options = scenario.options()
			.stream()
			.map((option) -> (option.rating() != OptionContent.BEST_RATING) ? option
					: new OptionContent(option.text() + " " + "Then check back with them.".repeat(longest / 20 + 1),
							option.rating(), option.feedback()))
			.toList();
		assertThat(options.stream()
			.max(Comparator.comparingInt((option) -> option.text().length()))
			.orElseThrow()
			.rating()).isEqualTo(OptionContent.BEST_RATING);
		return withOptions(scenario, options);
	}

	/** A draft of a new course published as a copy of the bundled one. */
	private DraftView draftOfPublishedCopy(String trainer, String prefix) {
		String code = publishedCopyOfBundled(trainer, prefix);
		return SignedIn.as(trainer, () -> this.drafts.startDraft(code), Roles.TRAINER);
	}

}
