package org.servewell.shared;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Krippendorff's alpha against the published worked example and the cases it leaves
 * undefined.
 */
class KrippendorffAlphaTest {

	/**
	 * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: four
	 * observers, twelve units; interval alpha = 0.849.
	 */
	static final Integer[][] KRIPPENDORFF_2011 = { { 1, 1, null, 1 }, { 2, 2, 3, 2 }, { 3, 3, 3, 3 }, { 3, 3, 3, 3 },
			{ 2, 2, 2, 2 }, { 1, 2, 3, 4 }, { 4, 4, 4, 4 }, { 1, 1, 2, 1 }, { 2, 2, 2, 2 }, { null, 5, 5, 5 },
			{ null, null, 1, 1 }, { null, 3, null, null } };

	@Test
	void published_example_gets_krippendorffs_interval_alpha() {
		assertThat(KrippendorffAlpha.interval(units(KRIPPENDORFF_2011))).hasValueCloseTo(0.849, within(0.0005));
	}

	@Test
	void alpha_is_undefined_without_a_pair_or_without_variation() {
		assertThat(KrippendorffAlpha.interval(units(new Integer[][] { { 1, null }, { null, 2 } }))).isEmpty();
		assertThat(KrippendorffAlpha.interval(units(new Integer[][] { { 3, 3 }, { 3, 3 } }))).isEmpty();
	}

	private static List<Map<Long, Integer>> units(Integer[][] table) {
		return Arrays.stream(table).map((row) -> {
			Map<Long, Integer> ratings = new HashMap<>();
			for (int rater = 0; rater < row.length; rater++) {
				if (row[rater] != null) {
					ratings.put(rater + 1L, row[rater]);
				}
			}
			return ratings;
		}).toList();
	}

}
