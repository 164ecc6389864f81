package org.servewell.content.health;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.servewell.content.CourseContent;
import org.servewell.content.health.SimilarScenarios.LessonReplay;
import org.servewell.content.health.SimilarScenarios.NearDuplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SimilarScenariosTest {

	/**
	 * The banks as they were on main before the rewrite, holding three retold dilemmas.
	 */
	private static final List<CourseContent> KNOWN_PAIRS = List.of(
			FixtureBanks.course("dignity-for-everyone", "known-pairs/dignity-for-everyone.yaml"),
			FixtureBanks.course("first-time-every-time", "known-pairs/first-time-every-time.yaml"),
			FixtureBanks.course("brilliant-or-careless", "known-pairs/brilliant-or-careless.yaml"));

	@Test
	void dilemmas_retold_across_courses_are_flagged_as_near_duplicates_and_nothing_else_is() {
		List<NearDuplicate> found = SimilarScenarios.nearDuplicates(KNOWN_PAIRS);

		assertThat(found)
			.extracting(NearDuplicate::course, NearDuplicate::scenario, NearDuplicate::otherCourse,
					NearDuplicate::otherScenario)
			.containsExactlyInAnyOrder(
					tuple("dignity-for-everyone", "dfe-closing-a-late-husbands-account", "brilliant-or-careless",
							"boc-the-insurance-script"),
					tuple("dignity-for-everyone", "dfe-regular-jumps-the-queue", "first-time-every-time",
							"ftet-the-regular-and-the-stranger"),
					tuple("dignity-for-everyone", "dfe-new-starter-after-abuse", "brilliant-or-careless",
							"boc-a-colleague-in-tears"));
		assertThat(found).allSatisfy((duplicate) -> {
			assertThat(duplicate.similarity()).isGreaterThanOrEqualTo(SimilarScenarios.DUPLICATE_THRESHOLD);
			assertThat(duplicate.sameBank()).isFalse();
		});
		assertThat(found).extracting(NearDuplicate::similarity).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void one_course_checked_against_the_others_gets_its_own_pairs_and_not_the_pairs_among_the_others() {
		CourseContent dignity = KNOWN_PAIRS.get(0);

		List<NearDuplicate> found = SimilarScenarios.nearDuplicatesOf(KNOWN_PAIRS.get(1), KNOWN_PAIRS);
		List<NearDuplicate> ofDignity = SimilarScenarios.nearDuplicatesOf(dignity, KNOWN_PAIRS);

		assertThat(found).extracting(NearDuplicate::scenario, NearDuplicate::otherScenario)
			.containsExactly(tuple("ftet-the-regular-and-the-stranger", "dfe-regular-jumps-the-queue"));
		assertThat(ofDignity).hasSize(3).allSatisfy((duplicate) -> {
			assertThat(duplicate.course()).isEqualTo("dignity-for-everyone");
			assertThat(duplicate.otherCourse()).isNotEqualTo("dignity-for-everyone");
		});
	}

	@Test
	void the_same_dilemma_twice_in_one_bank_is_flagged_in_that_bank() {
		CourseContent course = FixtureBanks.course("dignity-for-everyone", "known-pairs/dignity-for-everyone.yaml");
		CourseContent twice = new CourseContent(course.id(), course.title(), course.summary(), course.audience(),
				course.lessons(), course.contentHash(), course.quiz(),
				Stream
					.concat(course.scenarios().stream(),
							FixtureBanks.scenarios("known-pairs/brilliant-or-careless.yaml").stream())
					.toList(),
				0);

		assertThat(SimilarScenarios.nearDuplicates(List.of(twice)))
			.filteredOn((duplicate) -> duplicate.scenario().equals("dfe-closing-a-late-husbands-account"))
			.singleElement()
			.satisfies((duplicate) -> {
				assertThat(duplicate.otherScenario()).isEqualTo("boc-the-insurance-script");
				assertThat(duplicate.sameBank()).isTrue();
			});
	}

	@Test
	void two_scenarios_on_the_same_topic_in_different_situations_are_not_flagged() {
		CourseContent course = FixtureBanks.course("dignity-for-everyone", "same-topic.yaml");

		assertThat(SimilarScenarios.nearDuplicates(List.of(course))).isEmpty();
		assertThat(SimilarScenarios.similarity(course.scenarios().get(0), course.scenarios().get(1)))
			.isLessThan(SimilarScenarios.DUPLICATE_THRESHOLD);
	}

	@Test
	void two_scenarios_of_one_bank_sharing_its_topic_and_setting_are_not_flagged() {
		// Both ask a team lead to measure service beyond a dashboard figure; the
		// situations and answers differ. They score 0.30, under the threshold of 0.34.
		CourseContent course = FixtureBanks.course("service-commitment-for-leads", "same-topic-in-one-bank.yaml");

		assertThat(SimilarScenarios.nearDuplicates(List.of(course))).isEmpty();
	}

	@Test
	void scenario_that_retells_its_lessons_example_with_the_same_customer_is_flagged_at_that_section() {
		CourseContent course = FixtureBanks.course("what-customers-expect", "lesson-replay/scenarios.yaml",
				"lesson-replay/02-knowing-what-you-offer.md");

		assertThat(SimilarScenarios.lessonReplays(List.of(course))).singleElement().satisfies((replay) -> {
			assertThat(replay.scenario()).isEqualTo("wce-the-bathroom-paint");
			assertThat(replay.lesson()).isEqualTo("02-knowing-what-you-offer");
			// The section "An example from a hardware shop".
			assertThat(replay.lessonLine()).isEqualTo(7);
			assertThat(replay.sharedNames()).containsExactly("Hassan");
			// The words alone retell it too, without the name to help.
			assertThat(replay.similarity()).isGreaterThanOrEqualTo(SimilarScenarios.REPLAY_THRESHOLD);
		});
	}

	@Test
	void scenario_that_applies_the_lessons_idea_to_a_new_situation_is_not_flagged() {
		CourseContent course = FixtureBanks.course("what-customers-expect", "lesson-replay/scenarios.yaml",
				"lesson-replay/02-knowing-what-you-offer.md");

		assertThat(SimilarScenarios.lessonReplays(List.of(course))).extracting(LessonReplay::scenario)
			.doesNotContain("the-charger-for-an-old-tablet");
		assertThat(SimilarScenarios.nearDuplicates(List.of(course))).isEmpty();
	}

	@Test
	void a_person_named_in_both_lowers_the_bar_for_a_retelling() {
		LessonReplay named = new LessonReplay("c", "s", "l", 1, 0.3, List.of("Hassan"));
		LessonReplay unnamed = new LessonReplay("c", "s", "l", 1, 0.3, List.of());

		assertThat(named.retells()).isTrue();
		assertThat(unnamed.retells()).isFalse();
	}

}
