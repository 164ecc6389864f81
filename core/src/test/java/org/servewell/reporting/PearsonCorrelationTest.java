package org.servewell.reporting;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Pearson's r and its Fisher interval, against figures worked out by hand.
 */
class PearsonCorrelationTest {

	@Test
	void panel_ratings_against_credit_give_the_hand_computed_r_and_interval() {
		// Deviations from the means 3.5 and 0.5: Sxy = 7/6, Sxx = 3.5, Syy = 5/9;
		// r = (7/6) / sqrt(3.5 * 5/9) = sqrt(0.7) = 0.83666.
		PearsonCorrelation correlation = of(new double[] { 2, 3.5, 4, 4.5 }, new double[] { 0, 2 / 3.0, 1 / 3.0, 1 });

		assertThat(correlation.pairs()).isEqualTo(4);
		assertThat(correlation.r()).isCloseTo(Math.sqrt(0.7), within(1e-9));
		// atanh(0.83666) = 1.20993; ± 1.95996 / sqrt(1); tanh of the ends.
		assertThat(correlation.low()).isCloseTo(-0.6355, within(0.0005));
		assertThat(correlation.high()).isCloseTo(0.9965, within(0.0005));
		assertThat(correlation.tooFew()).isTrue();
	}

	@Test
	void a_perfectly_reversed_relation_is_minus_one_with_no_interval() {
		PearsonCorrelation correlation = of(new double[] { 1, 2, 3, 4, 5 }, new double[] { 1, 0.75, 0.5, 0.25, 0 });

		assertThat(correlation.r()).isEqualTo(-1.0);
		assertThat(correlation.perfect()).isTrue();
		assertThat(correlation.low()).isNull();
		assertThat(correlation.high()).isNull();
	}

	@Test
	void four_hires_whose_ratings_and_credit_rise_together_exactly_are_plus_one_with_no_interval() {
		// Thirds leave rounding dust: r comes out a hair below 1 before it is taken as 1.
		PearsonCorrelation correlation = of(new double[] { 2, 3, 4, 5 }, new double[] { 0, 1 / 3.0, 2 / 3.0, 1 });

		assertThat(correlation.pairs()).isEqualTo(4);
		assertThat(correlation.r()).isEqualTo(1.0);
		assertThat(correlation.perfect()).isTrue();
		assertThat(correlation.low()).isNull();
		assertThat(correlation.high()).isNull();
		assertThat(correlation.tooFew()).isTrue();
	}

	@Test
	void a_correlation_close_to_one_but_not_perfect_keeps_its_interval() {
		// r = 0.9998 reads "1.00", as the demo's Ownership (0.998 from four hires) does,
		// but is not 1: its interval can be computed.
		PearsonCorrelation correlation = of(new double[] { 2, 3, 4, 5 }, new double[] { 0, 0.35, 0.68, 1 });

		assertThat(correlation.r()).isBetween(0.99, 0.9999);
		assertThat(correlation.perfect()).isFalse();
		assertThat(correlation.low()).isNotNull();
		assertThat(correlation.high()).isLessThan(1.0);
	}

	@Test
	void twelve_pairs_are_enough_to_drop_the_caution_and_narrow_the_interval() {
		double[] x = { 1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5 };
		double[] y = { 0.1, 0.2, 0.4, 0.3, 0.5, 0.6, 0.5, 0.7, 0.9, 0.8, 0.9, 1.0 };

		PearsonCorrelation correlation = of(x, y);

		assertThat(correlation.pairs()).isEqualTo(12);
		assertThat(correlation.tooFew()).isFalse();
		assertThat(correlation.r()).isGreaterThan(0.9);
		assertThat(correlation.low()).isGreaterThan(0.6);
	}

	@Test
	void the_caution_holds_until_ten_pairs() {
		assertThat(pairs(9).tooFew()).isTrue();
		assertThat(pairs(10).tooFew()).isFalse();
		assertThat(PearsonCorrelation.MINIMUM_PAIRS).isEqualTo(10);
	}

	@Test
	void no_figure_from_one_pair_or_when_one_side_does_not_vary() {
		assertThat(of(new double[] { 3 }, new double[] { 0.5 }).r()).isNull();
		PearsonCorrelation flat = of(new double[] { 3, 3, 3, 3 }, new double[] { 0, 1 / 3.0, 2 / 3.0, 1 });
		assertThat(flat.r()).isNull();
		assertThat(flat.low()).isNull();
		assertThat(flat.pairs()).isEqualTo(4);
	}

	@Test
	void three_pairs_give_r_but_no_interval() {
		PearsonCorrelation three = of(new double[] { 1, 2, 4 }, new double[] { 0, 1, 1 });

		assertThat(three.r()).isNotNull();
		assertThat(three.perfect()).isFalse();
		assertThat(three.low()).isNull();
		assertThat(three.high()).isNull();
	}

	private static PearsonCorrelation pairs(int n) {
		double[] x = new double[n];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = i % 5 + 1;
			y[i] = (i * 7 % 4) / 3.0;
		}
		return of(x, y);
	}

	private static PearsonCorrelation of(double[] x, double[] y) {
		return PearsonCorrelation
			.of(IntStream.range(0, x.length).mapToObj((i) -> new PearsonCorrelation.Pair(x[i], y[i])).toList());
	}

}
