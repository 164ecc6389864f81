package org.servewell.content.health;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servewell.content.EssayCitation;
import org.servewell.content.OptionContent;
import org.servewell.content.QuizSettings;
import org.servewell.content.ScenarioContent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BankHealthTest {

	private static final double EXACT = 1e-9;

	@Test
	void bank_whose_best_option_is_always_the_longest_lets_the_longest_strategy_pass_every_time() {
		List<ScenarioContent> bank = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			bank.add(scenario("s" + i, option("Say sorry.", 1), option("Check the order.", 2),
					option("Check the order, fix it yourself and call the customer back.", 4)));
		}

		StrategyOutcome longest = BankHealth.simulate(bank, rules(4, 75, 3), SurfaceStrategies.longest());

		assertThat(longest.meanCreditPercent()).isCloseTo(100, within(EXACT));
		assertThat(longest.passOneAttempt()).isCloseTo(1, within(EXACT));
		assertThat(longest.risky()).isTrue();
		assertThat(longest.feeders()).hasSize(BankHealth.FEEDERS_NAMED).startsWith("s0");
		StrategyOutcome shortest = BankHealth.simulate(bank, rules(4, 75, 3), SurfaceStrategies.shortest());
		assertThat(shortest.meanCreditPercent()).isZero();
		assertThat(shortest.risky()).isFalse();
	}

	@Test
	void bank_where_the_best_option_has_no_surface_cue_lets_no_strategy_near_the_pass_mark() {
		List<ScenarioContent> bank = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			bank.add(scenario("s" + i,
					// longest, most actions, and a reason
					option("Apologise, refund, upgrade and then escalate, since the customer is upset.", 1),
					// second-longest, no reason
					option("Promise a manager will phone tomorrow morning.", 1),
					// the best: neither long nor short, one action, no shared words
					option("Fix it on the spot.", 4),
					// the shortest, echoing the situation
					option("Parcel late?", 1)));
		}

		List<StrategyOutcome> outcomes = BankHealth.check(bank, rules(4, 75, 3));

		assertThat(outcomes).extracting((outcome) -> outcome.strategy().id())
			.containsExactly("longest", "second-longest", "shortest", "most-actions", "echoes-situation",
					"longest-without-reasons", "random");
		assertThat(outcomes).allSatisfy((outcome) -> assertThat(outcome.risky()).as(outcome.strategy().id()).isFalse());
		StrategyOutcome random = outcomes.get(6);
		assertThat(random.meanCreditPercent()).isCloseTo(25, within(EXACT));
		// 3 or 4 of 4 drawn scenarios right, each with chance 1/4:
		// 4 x (1/4)^3 x 3/4 + (1/4)^4
		assertThat(random.passOneAttempt()).isCloseTo(4 * Math.pow(0.25, 3) * 0.75 + Math.pow(0.25, 4), within(EXACT));
	}

	@Test
	void pass_chance_counts_every_set_of_scenarios_an_attempt_can_draw_equally() {
		// The longest option is best in a and b, worst in c. Drawing 2 of 3: {a,b} scores
		// 100%, {a,c} and {b,c} 50%.
		List<ScenarioContent> bank = List.of(scenario("a", option("Short.", 1), option("The longest option here.", 4)),
				scenario("b", option("Short.", 1), option("The longest option here.", 4)),
				scenario("c", option("Short.", 4), option("The longest option here.", 1)));

		StrategyOutcome longest = BankHealth.simulate(bank, rules(2, 75, 3), SurfaceStrategies.longest());

		assertThat(longest.meanCreditPercent()).isCloseTo(200.0 / 3, within(EXACT));
		assertThat(longest.passOneAttempt()).isCloseTo(1.0 / 3, within(EXACT));
		assertThat(longest.passWithinAttempts()).isCloseTo(1 - Math.pow(2.0 / 3, 3), within(EXACT));
		assertThat(longest.feeders()).containsExactly("a", "b");
	}

	@Test
	void learner_facing_two_options_of_the_same_length_is_taken_to_pick_either() {
		List<ScenarioContent> bank = List
			.of(scenario("tie", option("Refund it.", 4), option("Ignore it.", 1), option("No.", 1)));

		StrategyOutcome longest = BankHealth.simulate(bank, rules(1, 50, 1), SurfaceStrategies.longest());

		assertThat(longest.meanCreditPercent()).isCloseTo(50, within(EXACT));
		assertThat(longest.passOneAttempt()).isCloseTo(0.5, within(EXACT));
	}

	@Test
	void an_option_lists_one_action_per_comma_semicolon_and_or_then() {
		assertThat(SurfaceStrategies.actions(option("Apologise, check the order and then call back.", 1))).isEqualTo(3);
		assertThat(SurfaceStrategies.actions(option("Fix it on the spot.", 1))).isEqualTo(1);
		assertThat(SurfaceStrategies.actions(option("Listen; note it, thank them and handover.", 1))).isEqualTo(4);
	}

	@Test
	void empty_bank_gives_a_learner_nothing() {
		StrategyOutcome outcome = BankHealth.simulate(List.of(), rules(6, 75, 3), SurfaceStrategies.random());

		assertThat(outcome.passOneAttempt()).isZero();
		assertThat(outcome.risky()).isFalse();
	}

	private static QuizSettings rules(int drawn, int passMark, int attempts) {
		return new QuizSettings(drawn, passMark, attempts, true);
	}

	private static ScenarioContent scenario(String id, OptionContent... options) {
		return new ScenarioContent(id, id, "A parcel arrived late and the customer is upset.", "What do you do?",
				List.of("ownership"), new EssayCitation("000", "p1"), List.of(options));
	}

	private static OptionContent option(String text, int rating) {
		return new OptionContent(text, rating, "Why.");
	}

}
