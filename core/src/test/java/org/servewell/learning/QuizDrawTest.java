package org.servewell.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuizDrawTest {

	private static final List<QuizDraw.Candidate> BANK = bank();

	@Test
	void draw_takes_the_configured_number_of_distinct_scenarios() {
		List<Long> drawn = QuizDraw.draw(BANK, Set.of(), 6, new Random(1));

		assertThat(drawn).hasSize(6).doesNotHaveDuplicates();
	}

	@RepeatedTest(20)
	void retake_draws_scenarios_the_learner_has_not_seen_while_the_bank_has_them() {
		Random random = new Random();
		List<Long> first = QuizDraw.draw(BANK, Set.of(), 6, random);

		List<Long> retake = QuizDraw.draw(BANK, first, 6, random);

		assertThat(retake).doesNotContainAnyElementsOf(first);
	}

	@Test
	void third_attempt_on_a_twelve_scenario_bank_reuses_seen_ones_only_to_fill_up() {
		Random random = new Random(7);
		List<Long> seen = new ArrayList<>(QuizDraw.draw(BANK, Set.of(), 6, random));
		seen.addAll(QuizDraw.draw(BANK, seen, 6, random));
		seen.add(100L);

		List<Long> third = QuizDraw.draw(withExtra(100L), seen.subList(0, 12), 6, random);

		assertThat(third).contains(100L).hasSize(6).doesNotHaveDuplicates();
	}

	@Test
	void draw_is_balanced_across_traits_where_the_bank_allows() {
		for (int seed = 0; seed < 50; seed++) {
			List<Long> drawn = QuizDraw.draw(BANK, Set.of(), 6, new Random(seed));

			Map<String, Integer> perTrait = new HashMap<>();
			for (QuizDraw.Candidate candidate : BANK) {
				if (drawn.contains(candidate.id())) {
					candidate.traits().forEach((trait) -> perTrait.merge(trait, 1, Integer::sum));
				}
			}
			// Six scenarios over three traits, four scenarios per trait in the bank: two
			// of each.
			assertThat(perTrait).as("seed " + seed).containsOnlyKeys("respect", "ownership", "accuracy");
			assertThat(perTrait.values()).as("seed " + seed).containsOnly(2);
		}
	}

	@Test
	void bank_smaller_than_the_draw_gives_the_whole_bank() {
		assertThat(QuizDraw.draw(BANK.subList(0, 3), Set.of(), 6, new Random(3))).hasSize(3);
	}

	@Test
	void options_are_shuffled_only_when_the_course_says_so() {
		List<Long> options = List.of(1L, 2L, 3L, 4L);
		Set<List<Long>> orders = new HashSet<>();
		Random random = new Random(11);
		for (int i = 0; i < 30; i++) {
			orders.add(QuizDraw.optionOrder(options, true, random));
		}

		assertThat(orders).hasSizeGreaterThan(5)
			.allSatisfy((order) -> assertThat(order).containsExactlyInAnyOrderElementsOf(options));
		assertThat(QuizDraw.optionOrder(options, false, random)).containsExactlyElementsOf(options);
	}

	private static List<QuizDraw.Candidate> bank() {
		List<QuizDraw.Candidate> bank = new ArrayList<>();
		String[] traits = { "respect", "ownership", "accuracy" };
		for (long id = 1; id <= 12; id++) {
			bank.add(new QuizDraw.Candidate(id, Set.of(traits[(int) (id % 3)])));
		}
		return bank;
	}

	private static List<QuizDraw.Candidate> withExtra(long id) {
		List<QuizDraw.Candidate> bank = new ArrayList<>(BANK);
		bank.add(new QuizDraw.Candidate(id, Set.of("courtesy")));
		return bank;
	}

}
