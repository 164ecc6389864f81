package org.servewell.learning;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The arithmetic and the flag rules of item analysis, against a small example worked by
 * hand.
 * <p>
 * Five submitted attempts at three items, in points (rating - 1; credit = points / 3). A
 * dash is left unanswered: it earns 0 towards the attempt's total but is no answer to
 * item 3.
 *
 * <pre>
 * attempt  item 1  item 2  item 3  total
 * A1            3       2       3      8
 * A2            3       1       3      7
 * A3            2       1       3      6
 * A4            1       2       3      6
 * A5            0       3       -      3
 * </pre>
 *
 * Per item, x = the item's points and y = the attempt's total - x (the rest of the
 * attempt); r = (nΣxy - ΣxΣy) / √((nΣx² - (Σx)²)(nΣy² - (Σy)²)).
 *
 * <pre>
 * item 1: x = 3 3 2 1 0, y = 5 4 4 5 3
 *         n = 5, Σx = 9, Σx² = 23, Σy = 21, Σy² = 91, Σxy = 15+12+8+5+0 = 40
 *         facility = 9 / (5 * 3) = 0.6
 *         r = (200 - 189) / √((115 - 81)(455 - 441)) = 11 / √(34 * 14) = 11 / 21.8174 = 0.50418
 * item 2: x = 2 1 1 2 3, y = 6 6 5 4 0
 *         n = 5, Σx = 9, Σx² = 19, Σy = 21, Σy² = 113, Σxy = 12+6+5+8+0 = 31
 *         facility = 9 / 15 = 0.6
 *         r = (155 - 189) / √((95 - 81)(565 - 441)) = -34 / √(14 * 124) = -34 / 41.6653 = -0.81603
 * item 3: x = 3 3 3 3 (A5 did not answer), y = 5 4 3 3
 *         n = 4, Σx = 12, Σx² = 36, Σy = 15, Σy² = 59, Σxy = 15+12+9+9 = 45
 *         facility = 12 / (4 * 3) = 1.0
 *         nΣx² - (Σx)² = 144 - 144 = 0: the item does not vary, so it has no r
 * </pre>
 */
class ItemAnalysisStatisticsTest {

	@Test
	void facility_is_the_mean_credit_of_the_answers() {
		assertThat(ItemStatistics.facility(5, 9)).isCloseTo(0.6, within(1e-12));
		assertThat(ItemStatistics.facility(4, 12)).isEqualTo(1.0);
	}

	@Test
	void item_that_rises_with_the_rest_of_the_attempt_discriminates_positively() {
		assertThat(ItemStatistics.correlation(5, 9, 21, 23, 91, 40)).isCloseTo(0.50418, within(0.00001));
	}

	@Test
	void item_that_stronger_attempts_do_worse_on_discriminates_negatively() {
		assertThat(ItemStatistics.correlation(5, 9, 21, 19, 113, 31)).isCloseTo(-0.81603, within(0.00001));
	}

	@Test
	void item_everyone_answers_alike_or_answered_once_has_no_discrimination() {
		assertThat(ItemStatistics.correlation(4, 12, 15, 36, 59, 45)).isNull();
		assertThat(ItemStatistics.correlation(1, 3, 5, 9, 25, 15)).isNull();
		assertThat(ItemStatistics.facility(0, 0)).isNull();
	}

	@Test
	void figures_flag_a_scenario_only_past_their_thresholds() {
		List<OptionPicks> spread = List.of(new OptionPicks(1, 4, 3, 0.3), new OptionPicks(2, 1, 3, 0.3),
				new OptionPicks(3, 2, 2, 0.2), new OptionPicks(4, 3, 2, 0.2));

		assertThat(ItemFlag.raisedBy(10, 0.91, 0.2, spread)).containsExactly(ItemFlag.TOO_EASY);
		assertThat(ItemFlag.raisedBy(10, 0.90, 0.2, spread)).isEmpty();
		assertThat(ItemFlag.raisedBy(10, 0.29, 0.2, spread)).containsExactly(ItemFlag.TOO_HARD);
		assertThat(ItemFlag.raisedBy(10, 0.30, 0.0, spread)).isEmpty();
		assertThat(ItemFlag.raisedBy(10, 0.5, -0.01, spread)).containsExactly(ItemFlag.NEGATIVE_DISCRIMINATION);
	}

	@Test
	void fewer_than_five_answers_raise_no_flag_and_fewer_than_ten_do_not_judge_unused_options() {
		List<OptionPicks> fourAnswers = List.of(new OptionPicks(1, 4, 0, 0.0), new OptionPicks(2, 1, 4, 1.0));
		List<OptionPicks> nineAnswers = List.of(new OptionPicks(1, 4, 9, 1.0), new OptionPicks(2, 1, 0, 0.0));
		List<OptionPicks> tenAnswers = List.of(new OptionPicks(1, 4, 10, 1.0), new OptionPicks(2, 1, 0, 0.0));

		assertThat(ItemFlag.raisedBy(4, 0.0, -1.0, fourAnswers)).isEmpty();
		assertThat(ItemFlag.raisedBy(9, 1.0, null, nineAnswers)).containsExactly(ItemFlag.TOO_EASY);
		assertThat(ItemFlag.raisedBy(10, 1.0, null, tenAnswers)).containsExactly(ItemFlag.TOO_EASY,
				ItemFlag.OPTION_NEVER_PICKED);
	}

	@Test
	void weaker_option_chosen_more_often_than_the_best_is_flagged_but_a_tie_is_not() {
		List<OptionPicks> beaten = List.of(new OptionPicks(1, 4, 2, 0.4), new OptionPicks(2, 3, 3, 0.6));
		List<OptionPicks> tied = List.of(new OptionPicks(1, 4, 3, 0.5), new OptionPicks(2, 3, 3, 0.5));

		assertThat(ItemFlag.raisedBy(5, 0.6, 0.1, beaten)).containsExactly(ItemFlag.DISTRACTOR_BEATS_BEST);
		assertThat(ItemFlag.raisedBy(6, 0.6, 0.1, tied)).isEmpty();
	}

	@Test
	void every_flag_explains_itself_to_a_trainer() {
		assertThat(ItemFlag.TOO_EASY.describe()).contains("above 90%");
		assertThat(ItemFlag.TOO_HARD.describe()).contains("below 30%");
		assertThat(List.of(ItemFlag.values())).allSatisfy((flag) -> assertThat(flag.describe()).endsWith("."));
	}

}
