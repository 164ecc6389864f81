package org.servewell.learning;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servewell.content.OptionContent;
import org.servewell.content.QuizSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuizScoreTest {

	@Test
	void ratings_become_partial_credit_from_nothing_to_full() {
		assertThat(OptionContent.credit(1)).isZero();
		assertThat(OptionContent.credit(2)).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(OptionContent.credit(3)).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(OptionContent.credit(4)).isEqualTo(1.0);
	}

	@Test
	void score_is_the_mean_credit_of_the_chosen_options() {
		// 1 + 2/3 + 1/3 + 0 + 1 + 1 = 4 of 6 = 67 %
		assertThat(QuizScore.of(List.of(4, 3, 2, 1, 4, 4), passMark(75))).isEqualTo(new QuizScore(67, false));
		assertThat(QuizScore.of(List.of(4, 4, 4, 3, 4, 4), passMark(75))).isEqualTo(new QuizScore(94, true));
	}

	@Test
	void unanswered_scenarios_earn_nothing() {
		assertThat(QuizScore.of(Arrays.asList(4, null, 4, null), passMark(50))).isEqualTo(new QuizScore(50, true));
	}

	@Test
	void exactly_the_pass_mark_passes() {
		assertThat(QuizScore.of(List.of(4, 4, 4, 1), passMark(75)).passed()).isTrue();
	}

	@Test
	void rating_outside_one_to_four_is_a_programming_error() {
		assertThatIllegalArgumentException().isThrownBy(() -> OptionContent.credit(5));
	}

	private static QuizSettings passMark(int percent) {
		return new QuizSettings(6, percent, 3, true);
	}

}
