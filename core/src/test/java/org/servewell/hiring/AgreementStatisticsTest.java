package org.servewell.hiring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.servewell.hiring.AgreementReport.Reliability;
import org.servewell.hiring.AgreementReport.TraitAgreement;
import org.servewell.hiring.TraitRatings.CandidateRatings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The agreement figures against published worked examples.
 */
class AgreementStatisticsTest {

	/**
	 * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), the reliability
	 * data of section C: four observers, twelve units, values 1-5, a dot for a missing
	 * value. Unit 12 has a single value and so forms no pair; 11 units with 40 pairable
	 * values remain. The paper gives D_o = 0.433 and D_e = 2.872 for the interval metric,
	 * so alpha = 1 - 0.433 / 2.872 = 0.849 (nominal 0.743, ordinal 0.815, ratio 0.797).
	 *
	 * <pre>
	 * unit   1  2  3  4  5  6  7  8  9 10 11 12
	 * A      1  2  3  3  2  1  4  1  2  .  .  .
	 * B      1  2  3  3  2  2  4  1  2  5  .  3
	 * C      .  3  3  3  2  3  4  2  2  5  1  .
	 * D      1  2  3  3  2  4  4  1  2  5  1  .
	 * </pre>
	 */
	static final Integer[][] KRIPPENDORFF_2011 = {
			// observers A, B, C, D; null where the observer gave no value
			{ 1, 1, null, 1 }, { 2, 2, 3, 2 }, { 3, 3, 3, 3 }, { 3, 3, 3, 3 }, { 2, 2, 2, 2 }, { 1, 2, 3, 4 },
			{ 4, 4, 4, 4 }, { 1, 1, 2, 1 }, { 2, 2, 2, 2 }, { null, 5, 5, 5 }, { null, null, 1, 1 },
			{ null, 3, null, null } };

	/**
	 * Shrout and Fleiss, "Intraclass correlations: uses in assessing rater reliability",
	 * Psychological Bulletin 86(2), 1979, Table 2: six targets rated by four judges on a
	 * 1-10 scale; Table 4 gives ICC(2,1) = .29 and ICC(3,1) = .71.
	 */
	static final double[][] SHROUT_FLEISS_1979 = { { 9, 2, 5, 8 }, { 6, 1, 3, 2 }, { 8, 4, 6, 8 }, { 7, 1, 2, 6 },
			{ 10, 5, 6, 9 }, { 6, 2, 4, 7 } };

	/**
	 * Interviewers 1-4 stand for observers A-D; candidates are numbered like the units.
	 */
	static TraitRatings traitFrom(String name, Integer[][] table) {
		List<CandidateRatings> candidates = new ArrayList<>();
		for (int unit = 0; unit < table.length; unit++) {
			Map<Long, Integer> ratings = new HashMap<>();
			for (int observer = 0; observer < table[unit].length; observer++) {
				if (table[unit][observer] != null) {
					ratings.put(observer + 1L, table[unit][observer]);
				}
			}
			candidates.add(new CandidateRatings(unit + 1L, ratings));
		}
		return new TraitRatings(name.toLowerCase(), name, candidates);
	}

	@Test
	void panel_with_missing_ratings_gets_krippendorffs_published_interval_alpha() {
		TraitAgreement empathy = InterviewerAgreement.measure(List.of(traitFrom("Empathy", KRIPPENDORFF_2011)))
			.traits()
			.get(0);

		assertThat(empathy.alpha()).hasValueCloseTo(0.849, within(0.0005));
		assertThat(empathy.candidatesCompared()).isEqualTo(11);
		assertThat(empathy.ratingsCompared()).isEqualTo(40);
		// Eleven units are fewer than HR's minimum, so no band is read from them.
		assertThat(empathy.reliability()).isEqualTo(Reliability.TOO_FEW_CANDIDATES);
		assertThat(Reliability.of(empathy.alpha())).isEqualTo(Reliability.RELIABLE);
	}

	@Test
	void panel_with_missing_ratings_gets_no_intraclass_correlation() {
		TraitAgreement empathy = InterviewerAgreement.measure(List.of(traitFrom("Empathy", KRIPPENDORFF_2011)))
			.traits()
			.get(0);

		assertThat(empathy.absoluteAgreementIcc()).isEmpty();
	}

	@Test
	void fixed_panel_gets_shrout_and_fleiss_published_intraclass_correlations() {
		IntraclassCorrelation icc = new IntraclassCorrelation(SHROUT_FLEISS_1979);

		assertThat(icc.absoluteAgreement()).isCloseTo(0.29, within(0.005));
		assertThat(icc.consistency()).isCloseTo(0.71, within(0.005));
	}

	@Test
	void fixed_panel_report_shows_the_consistency_correlation_beside_the_absolute_one() {
		List<CandidateRatings> candidates = new ArrayList<>();
		for (int target = 0; target < SHROUT_FLEISS_1979.length; target++) {
			Map<Long, Integer> ratings = new HashMap<>();
			for (int judge = 0; judge < 4; judge++) {
				// Shrout and Fleiss rate 1-10; halving keeps the ranks but not the
				// figures,
				// so compare with the correlations of the halved table.
				ratings.put(judge + 1L, (int) Math.ceil(SHROUT_FLEISS_1979[target][judge] / 2));
			}
			candidates.add(new CandidateRatings(target + 1L, ratings));
		}
		double[][] halved = candidates.stream()
			.map((candidate) -> new TreeMap<>(candidate.ratingsByInterviewer()).values()
				.stream()
				.mapToDouble(Integer::doubleValue)
				.toArray())
			.toArray(double[][]::new);

		TraitAgreement trait = InterviewerAgreement.measure(List.of(new TraitRatings("t", "T", candidates)))
			.traits()
			.get(0);

		IntraclassCorrelation byHand = new IntraclassCorrelation(halved);
		assertThat(trait.absoluteAgreementIcc()).hasValueCloseTo(byHand.absoluteAgreement(), within(1e-12));
		assertThat(trait.consistencyIcc()).hasValueCloseTo(byHand.consistency(), within(1e-12));
	}

}
