package org.servewell.hiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.servewell.hiring.AgreementReport.InterviewerLeniency;
import org.servewell.hiring.AgreementReport.Reliability;
import org.servewell.hiring.AgreementReport.TraitAgreement;
import org.servewell.hiring.TraitRatings.CandidateRatings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * What HR reads about a panel's agreement: leniency, the trait most disputed, and the
 * cases where agreement cannot be measured.
 */
class AgreementReportTest {

	static final long ANA = 1;

	static final long BEN = 2;

	static final long CLEO = 3;

	static CandidateRatings candidate(long id, Map<Long, Integer> ratings) {
		return new CandidateRatings(id, ratings);
	}

	static TraitRatings trait(String name, CandidateRatings... candidates) {
		return new TraitRatings(name.toLowerCase(), name, List.of(candidates));
	}

	/**
	 * Ana against the others: candidate 1: 5 - (3 + 4) / 2 = +1.5, candidate 2: 4 - 2 =
	 * +2, mean +1.75. Ben: 3 - (5 + 4) / 2 = -1.5 and 2 - 4 = -2, mean -1.75. Cleo: 4 -
	 * (5 + 3) / 2 = 0. Candidate 3 was rated by Cleo alone, so it is no comparison.
	 */
	static final TraitRatings PATIENCE = trait("Patience", candidate(1, Map.of(ANA, 5, BEN, 3, CLEO, 4)),
			candidate(2, Map.of(ANA, 4, BEN, 2)), candidate(3, Map.of(CLEO, 1)));

	@Test
	void interviewer_who_rates_above_the_others_reads_as_lenient_and_one_below_as_severe() {
		AgreementReport report = InterviewerAgreement.measure(List.of(PATIENCE));

		assertThat(report.interviewers())
			.extracting(InterviewerLeniency::interviewerId, InterviewerLeniency::ratingsCompared,
					InterviewerLeniency::reading)
			.containsExactly(tuple(ANA, 2, "Rates 1.8 points above the panel on average (2 ratings)."),
					tuple(BEN, 2, "Rates 1.8 points below the panel on average (2 ratings)."),
					tuple(CLEO, 1, "Rates in line with the panel on average (1 rating)."));
		assertThat(report.interviewers()).extracting(InterviewerLeniency::meanDifference)
			.containsExactly(1.75, -1.75, 0.0);
	}

	@Test
	void leniency_over_the_whole_interview_pools_every_trait_and_each_trait_keeps_its_own() {
		TraitRatings warmth = trait("Warmth", candidate(1, Map.of(ANA, 3, BEN, 3)));

		AgreementReport report = InterviewerAgreement.measure(List.of(PATIENCE, warmth));

		InterviewerLeniency ana = report.interviewers().get(0);
		assertThat(ana.ratingsCompared()).isEqualTo(3);
		assertThat(ana.meanDifference()).isCloseTo((1.5 + 2 + 0) / 3, within(1e-12));
		assertThat(report.traits().get(1).interviewers()).extracting(InterviewerLeniency::meanDifference)
			.containsExactly(0.0, 0.0);
	}

	@Test
	void candidates_rated_by_one_interviewer_only_change_nothing() {
		TraitRatings published = AgreementStatisticsTest.traitFrom("Empathy",
				AgreementStatisticsTest.KRIPPENDORFF_2011);
		List<CandidateRatings> withLoneRatings = new ArrayList<>(published.candidates());
		withLoneRatings.add(candidate(13, Map.of(1L, 5)));
		withLoneRatings.add(candidate(14, Map.of(2L, 1)));
		withLoneRatings.add(candidate(15, Map.of()));

		TraitAgreement empathy = InterviewerAgreement
			.measure(List.of(new TraitRatings("empathy", "Empathy", withLoneRatings)))
			.traits()
			.get(0);

		assertThat(empathy.alpha()).hasValueCloseTo(0.849, within(0.0005));
		assertThat(empathy.candidatesCompared()).isEqualTo(11);
		assertThat(empathy.ratingsCompared()).isEqualTo(40);
	}

	@Test
	void trait_no_two_interviewers_rated_the_same_candidate_on_has_no_alpha() {
		TraitRatings courtesy = trait("Courtesy", candidate(1, Map.of(ANA, 2)), candidate(2, Map.of(BEN, 5)));

		AgreementReport report = InterviewerAgreement.measure(List.of(courtesy));

		TraitAgreement agreement = report.traits().get(0);
		assertThat(agreement.alpha()).isEmpty();
		assertThat(agreement.absoluteAgreementIcc()).isEmpty();
		assertThat(agreement.reliability()).isEqualTo(Reliability.NOT_MEASURABLE);
		assertThat(agreement.candidatesCompared()).isZero();
		assertThat(agreement.reading()).isEqualTo(
				"Courtesy: no candidate was rated by two or more interviewers, so agreement cannot be measured.");
		assertThat(report.interviewers()).isEmpty();
		assertThat(report.mostDisputedTrait()).isEmpty();
		assertThat(report.headline()).startsWith("Too few candidates were rated by two or more interviewers");
	}

	@Test
	void trait_where_every_rating_is_the_same_has_no_alpha_rather_than_a_made_up_one() {
		TraitRatings courtesy = trait("Courtesy", candidate(1, Map.of(ANA, 4, BEN, 4)),
				candidate(2, Map.of(ANA, 4, BEN, 4)));

		TraitAgreement agreement = InterviewerAgreement.measure(List.of(courtesy)).traits().get(0);

		assertThat(agreement.alpha()).isEmpty();
		assertThat(agreement.absoluteAgreementIcc()).isEmpty();
		assertThat(agreement.reading()).contains("the same rating");
	}

	@Test
	void panel_that_agrees_on_every_candidate_has_perfect_agreement() {
		TraitRatings warmth = trait("Warmth", candidate(1, Map.of(ANA, 2, BEN, 2, CLEO, 2)),
				candidate(2, Map.of(ANA, 4, BEN, 4, CLEO, 4)), candidate(3, Map.of(ANA, 5, BEN, 5, CLEO, 5)));

		AgreementReport report = InterviewerAgreement.measure(List.of(warmth));

		TraitAgreement agreement = report.traits().get(0);
		assertThat(agreement.alpha()).hasValue(1.0);
		assertThat(agreement.absoluteAgreementIcc()).hasValueCloseTo(1.0, within(1e-12));
		assertThat(agreement.reliability()).isEqualTo(Reliability.RELIABLE);
		assertThat(report.interviewers()).extracting(InterviewerLeniency::meanDifference).containsOnly(0.0);
	}

	@Test
	void fixed_panel_that_rated_every_candidate_also_gets_an_intraclass_correlation() {
		// Ana rates one point above Ben on every candidate: consistent, but not in
		// absolute agreement.
		TraitRatings warmth = trait("Warmth", candidate(1, Map.of(ANA, 3, BEN, 2)),
				candidate(2, Map.of(ANA, 5, BEN, 4)), candidate(3, Map.of(ANA, 2, BEN, 1)));

		TraitAgreement agreement = InterviewerAgreement.measure(List.of(warmth)).traits().get(0);

		IntraclassCorrelation byHand = new IntraclassCorrelation(new double[][] { { 3, 2 }, { 5, 4 }, { 2, 1 } });
		assertThat(byHand.consistency()).isCloseTo(1.0, within(1e-12));
		assertThat(agreement.absoluteAgreementIcc()).hasValueCloseTo(byHand.absoluteAgreement(), within(1e-12));
		assertThat(agreement.absoluteAgreementIcc().getAsDouble()).isLessThan(1.0);
	}

	@Test
	void headline_names_the_trait_interviewers_disagree_on_most() {
		TraitRatings empathy = AgreementStatisticsTest.traitFrom("Empathy", AgreementStatisticsTest.KRIPPENDORFF_2011);
		// Values 1, 5, 5, 1, 3, 3: D_o = (32 + 32 + 0) / 6 = 10.667, D_e = 192 / 30 =
		// 6.4,
		// alpha = 1 - 10.667 / 6.4 = -0.667.
		TraitRatings patience = trait("Patience", candidate(1, Map.of(ANA, 1, BEN, 5)),
				candidate(2, Map.of(ANA, 5, BEN, 1)), candidate(3, Map.of(ANA, 3, BEN, 3)));

		AgreementReport report = InterviewerAgreement.measure(List.of(empathy, patience));

		assertThat(report.traits().get(1).alpha()).hasValueCloseTo(-2.0 / 3, within(1e-12));
		assertThat(report.mostDisputedTrait()).map(TraitAgreement::traitName).hasValue("Patience");
		assertThat(report.headline())
			.isEqualTo("Interviewers disagree most on Patience (Krippendorff's alpha -0.667, unreliable).");
		assertThat(report.traits().get(1).reading()).isEqualTo("Patience: Krippendorff's alpha -0.667, unreliable: "
				+ "the interviewers do not rate this trait consistently enough to rely on.");
	}

	@Test
	void alpha_is_read_by_krippendorffs_thresholds_at_the_three_decimals_shown() {
		assertThat(Reliability.of(OptionalDouble.of(0.7996))).isEqualTo(Reliability.RELIABLE);
		assertThat(Reliability.of(OptionalDouble.of(0.7994))).isEqualTo(Reliability.TENTATIVE);
		assertThat(Reliability.of(OptionalDouble.of(0.667))).isEqualTo(Reliability.TENTATIVE);
		assertThat(Reliability.of(OptionalDouble.of(0.6664))).isEqualTo(Reliability.UNRELIABLE);
		assertThat(Reliability.of(OptionalDouble.empty())).isEqualTo(Reliability.NOT_MEASURABLE);
	}

	@Test
	void rating_outside_one_to_five_is_refused_with_the_scale() {
		assertThatIllegalArgumentException().isThrownBy(() -> candidate(7, Map.of(ANA, 6)))
			.withMessage("Interviewer 1 rated candidate 7 6: ratings run from 1 to 5.");
	}

}
