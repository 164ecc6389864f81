package org.servewell.content;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuizSettingsTest {

	private static final QuizSettings PASS_AT_75 = new QuizSettings(4, 75, 3, true);

	@Test
	void a_score_is_the_mean_credit_of_the_chosen_options_in_whole_percent() {
		// 1 + 2/3 + 1/3 + 0 = 2 of 4
		assertThat(QuizSettings.scorePercent(List.of(4, 3, 2, 1))).isEqualTo(50);
		// 1 + 1 + 2/3 = 2.67 of 3 = 88.9
		assertThat(QuizSettings.scorePercent(List.of(4, 4, 3))).isEqualTo(89);
	}

	@Test
	void an_unanswered_scenario_earns_nothing_and_an_empty_quiz_scores_zero() {
		assertThat(QuizSettings.scorePercent(Arrays.asList(4, null, 4, null))).isEqualTo(50);
		assertThat(QuizSettings.scorePercent(List.of())).isZero();
	}

	@Test
	void a_score_passes_from_the_pass_mark_up() {
		assertThat(PASS_AT_75.passes(75)).isTrue();
		assertThat(PASS_AT_75.passes(74)).isFalse();
	}

	@Test
	void a_rating_off_the_one_to_four_scale_is_refused_and_the_ends_earn_nothing_and_everything() {
		assertThatIllegalArgumentException().isThrownBy(() -> QuizSettings.scorePercent(List.of(4, 0)));
		assertThat(OptionContent.credit(OptionContent.WORST_RATING)).isZero();
		assertThat(OptionContent.credit(OptionContent.BEST_RATING)).isEqualTo(1.0);
	}

}
