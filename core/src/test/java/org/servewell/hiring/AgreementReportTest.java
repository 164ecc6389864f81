package org.servewell.hiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.servewell.hiring.AgreementReport.Headline;
import org.servewell.hiring.AgreementReport.InterviewerLeniency;
import org.servewell.hiring.AgreementReport.RatingOffset;
import org.servewell.hiring.AgreementReport.Reliability;
import org.servewell.hiring.AgreementReport.TraitAgreement;
import org.servewell.hiring.TraitRatings.CandidateRatings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * What HR learns about a panel's agreement: leniency, the trait most disputed, when there
 * are too few candidates to read anything, constant offsets between interviewers, and the
 * cases where agreement cannot be measured.
 */
class AgreementReportTest {

	static final long ANA = 1;

	static final long BEN = 2;

	static final long CLEO = 3;

	static final int ENOUGH = AgreementReport.MINIMUM_CANDIDATES;

	static CandidateRatings candidate(long id, Map<Long, Integer> ratings) {
		return new CandidateRatings(id, ratings);
	}

	static TraitRatings trait(String name, CandidateRatings... candidates) {
		return new TraitRatings(name.toLowerCase(), name, List.of(candidates));
	}

	/**
	 * A trait with {@code count} candidates, candidate i rated as {@code ratings} says.
	 */
	static TraitRatings trait(String name, int count, IntFunction<Map<Long, Integer>> ratings) {
		List<CandidateRatings> candidates = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			candidates.add(candidate(i + 1, ratings.apply(i)));
		}
		return new TraitRatings(name.toLowerCase(), name, candidates);
	}

	/** Ratings 1, 2, 3, 4, 1, 2, ... : a spread of candidates. */
	static int level(int candidate) {
		return 1 + candidate % 4;
	}

	static TraitAgreement only(TraitRatings trait) {
		return InterviewerAgreement.measure(List.of(trait)).traits().get(0);
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
					InterviewerLeniency::meanDifference)
			.containsExactly(tuple(ANA, 2, 1.75), tuple(BEN, 2, -1.75), tuple(CLEO, 1, 0.0));
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

		TraitAgreement empathy = only(new TraitRatings("empathy", "Empathy", withLoneRatings));

		assertThat(empathy.alpha()).hasValueCloseTo(0.849, within(0.0005));
		assertThat(empathy.candidatesCompared()).isEqualTo(11);
		assertThat(empathy.ratingsCompared()).isEqualTo(40);
	}

	@Test
	void one_candidate_whose_three_ratings_differ_is_not_enough_to_call_the_panel_unreliable() {
		// Alpha is 0 here whatever the ratings, as long as they differ at all.
		TraitAgreement patience = only(trait("Patience", candidate(1, Map.of(ANA, 5, BEN, 3, CLEO, 4))));

		assertThat(patience.candidatesCompared()).isEqualTo(1);
		assertThat(patience.reliability()).isEqualTo(Reliability.TOO_FEW_CANDIDATES);
		assertThat(patience.isRead()).isFalse();
		assertThat(patience.worseThanChance()).isFalse();
	}

	@Test
	void two_candidates_are_not_enough_either() {
		TraitAgreement patience = only(trait("Patience", candidate(1, Map.of(ANA, 5, BEN, 3, CLEO, 4)),
				candidate(2, Map.of(ANA, 4, BEN, 2, CLEO, 4))));

		assertThat(patience.reliability()).isEqualTo(Reliability.TOO_FEW_CANDIDATES);
		assertThat(InterviewerAgreement.measure(List.of(PATIENCE)).mostDisputedTrait()).isEmpty();
	}

	@Test
	void agreement_is_read_from_the_minimum_number_of_candidates_on() {
		IntFunction<Map<Long, Integer>> closeRatings = (i) -> Map.of(ANA, level(i), BEN,
				(i % 5 == 0) ? Math.min(level(i) + 1, 5) : level(i));

		TraitAgreement below = only(trait("Warmth", ENOUGH - 1, closeRatings));
		TraitAgreement at = only(trait("Warmth", ENOUGH, closeRatings));

		assertThat(below.reliability()).isEqualTo(Reliability.TOO_FEW_CANDIDATES);
		assertThat(at.reliability()).isEqualTo(Reliability.RELIABLE);
		assertThat(at.alpha().getAsDouble()).isGreaterThan(0.8);
	}

	@Test
	void trait_no_two_interviewers_rated_the_same_candidate_on_has_no_alpha() {
		TraitRatings courtesy = trait("Courtesy", candidate(1, Map.of(ANA, 2)), candidate(2, Map.of(BEN, 5)));

		AgreementReport report = InterviewerAgreement.measure(List.of(courtesy));

		TraitAgreement agreement = report.traits().get(0);
		assertThat(agreement.alpha()).isEmpty();
		assertThat(agreement.absoluteAgreementIcc()).isEmpty();
		assertThat(agreement.reliability()).isEqualTo(Reliability.TOO_FEW_CANDIDATES);
		assertThat(agreement.candidatesCompared()).isZero();
		assertThat(report.interviewers()).isEmpty();
		assertThat(report.mostDisputedTrait()).isEmpty();
		assertThat(report.mostCandidatesCompared()).isZero();
	}

	@Test
	void trait_where_every_rating_is_the_same_has_no_alpha_rather_than_a_made_up_one() {
		TraitAgreement agreement = only(trait("Courtesy", ENOUGH, (i) -> Map.of(ANA, 4, BEN, 4)));

		assertThat(agreement.alpha()).isEmpty();
		assertThat(agreement.absoluteAgreementIcc()).isEmpty();
		assertThat(agreement.consistencyIcc()).isEmpty();
		assertThat(agreement.reliability()).isEqualTo(Reliability.NOT_MEASURABLE);
		assertThat(agreement.offset()).isEmpty();
	}

	@Test
	void panel_that_agrees_on_every_candidate_has_perfect_agreement() {
		AgreementReport report = InterviewerAgreement
			.measure(List.of(trait("Warmth", ENOUGH, (i) -> Map.of(ANA, level(i), BEN, level(i), CLEO, level(i)))));

		TraitAgreement agreement = report.traits().get(0);
		assertThat(agreement.alpha()).hasValue(1.0);
		assertThat(agreement.absoluteAgreementIcc()).hasValueCloseTo(1.0, within(1e-12));
		assertThat(agreement.consistencyIcc()).hasValueCloseTo(1.0, within(1e-12));
		assertThat(agreement.reliability()).isEqualTo(Reliability.RELIABLE);
		assertThat(agreement.offset()).isEmpty();
		assertThat(report.interviewers()).extracting(InterviewerLeniency::meanDifference).containsOnly(0.0);
	}

	@Test
	void interviewer_who_rates_a_point_above_another_on_every_candidate_is_an_offset_not_inconsistency() {
		// Ana rates one point above Ben on every candidate: they rank the candidates
		// alike, yet alpha and ICC(2,1) call the trait unreliable.
		TraitAgreement warmth = only(trait("Warmth", ENOUGH, (i) -> Map.of(ANA, level(i) + 1, BEN, level(i))));

		assertThat(warmth.consistencyIcc()).hasValueCloseTo(1.0, within(1e-12));
		assertThat(warmth.absoluteAgreementIcc().getAsDouble()).isLessThan(0.8);
		assertThat(warmth.reliability()).isNotEqualTo(Reliability.RELIABLE);
		assertThat(warmth.offset()).hasValue(new RatingOffset(ANA, BEN, 1.0, ENOUGH));
	}

	@Test
	void offset_is_found_between_two_interviewers_of_a_changing_panel() {
		// Cleo joins every other candidate and rates like Ben; Ana stays a point higher.
		TraitAgreement warmth = only(trait("Warmth", 2 * ENOUGH, (i) -> (i % 2 == 0)
				? Map.of(ANA, level(i) + 1, BEN, level(i), CLEO, level(i)) : Map.of(ANA, level(i) + 1, BEN, level(i))));

		assertThat(warmth.absoluteAgreementIcc()).isEmpty();
		assertThat(warmth.offset()).map(RatingOffset::higherInterviewerId).hasValue(ANA);
		assertThat(warmth.offset()).map(RatingOffset::points).hasValue(1.0);
	}

	@Test
	void interviewers_who_rank_candidates_differently_show_no_offset() {
		// Ana is a point higher on average, but not on the same candidates as Ben.
		TraitAgreement warmth = only(
				trait("Warmth", ENOUGH, (i) -> Map.of(ANA, (i % 2 == 0) ? 5 : 3, BEN, (i % 3 == 0) ? 4 : 2)));

		assertThat(warmth.offset()).isEmpty();
	}

	@Test
	void difference_under_half_a_point_is_no_offset() {
		TraitAgreement warmth = only(
				trait("Warmth", ENOUGH, (i) -> Map.of(ANA, (i % 4 == 0) ? level(i) + 1 : level(i), BEN, level(i))));

		assertThat(warmth.offset()).isEmpty();
	}

	@Test
	void offset_needs_the_minimum_number_of_candidates_both_interviewers_rated() {
		TraitAgreement warmth = only(trait("Warmth", ENOUGH - 1, (i) -> Map.of(ANA, level(i) + 1, BEN, level(i))));

		assertThat(warmth.offset()).isEmpty();
	}

	@Test
	void interviewers_who_rate_opposite_to_each_other_agree_worse_than_chance() {
		TraitAgreement patience = only(trait("Patience", ENOUGH, (i) -> Map.of(ANA, level(i), BEN, 5 - level(i))));

		assertThat(patience.alpha().getAsDouble()).isNegative();
		assertThat(patience.reliability()).isEqualTo(Reliability.UNRELIABLE);
		assertThat(patience.worseThanChance()).isTrue();
		assertThat(patience.offset()).isEmpty();
	}

	@Test
	void most_disputed_trait_is_the_one_with_the_lowest_alpha_among_those_read() {
		TraitRatings warmth = trait("Warmth", ENOUGH, (i) -> Map.of(ANA, level(i), BEN, level(i)));
		TraitRatings patience = trait("Patience", ENOUGH, (i) -> Map.of(ANA, level(i), BEN, 5 - level(i)));
		TraitRatings courtesy = trait("Courtesy", candidate(1, Map.of(ANA, 1, BEN, 5)));

		AgreementReport report = InterviewerAgreement.measure(List.of(warmth, patience, courtesy));

		assertThat(report.mostDisputedTrait()).map(TraitAgreement::traitName).hasValue("Patience");
		assertThat(report.mostCandidatesCompared()).isEqualTo(ENOUGH);
	}

	@Test
	void headline_leads_with_what_the_panel_can_already_be_told() {
		TraitRatings warmth = trait("Warmth", ENOUGH, (i) -> Map.of(ANA, level(i), BEN, level(i)));
		TraitRatings patience = trait("Patience", ENOUGH, (i) -> Map.of(ANA, level(i), BEN, 5 - level(i)));
		TraitRatings sameEverywhere = trait("Courtesy", ENOUGH, (i) -> Map.of(ANA, 4, BEN, 4));

		assertThat(InterviewerAgreement.measure(List.of()).headline()).isEqualTo(Headline.NO_RATINGS);
		assertThat(InterviewerAgreement.measure(List.of(PATIENCE)).headline()).isEqualTo(Headline.TOO_FEW_CANDIDATES);
		assertThat(InterviewerAgreement.measure(List.of(sameEverywhere)).headline()).isEqualTo(Headline.NOT_MEASURABLE);
		assertThat(InterviewerAgreement.measure(List.of(warmth, PATIENCE)).headline())
			.isEqualTo(Headline.ONE_TRAIT_READ);
		assertThat(InterviewerAgreement.measure(List.of(warmth, patience)).headline())
			.isEqualTo(Headline.MOST_DISPUTED_TRAIT);
	}

	@Test
	void alpha_is_read_by_krippendorffs_thresholds_at_the_three_decimals_shown() {
		assertThat(Reliability.of(OptionalDouble.of(0.7996))).isEqualTo(Reliability.RELIABLE);
		assertThat(Reliability.of(OptionalDouble.of(0.7994))).isEqualTo(Reliability.TENTATIVE);
		assertThat(Reliability.of(OptionalDouble.of(0.667))).isEqualTo(Reliability.TENTATIVE);
		assertThat(Reliability.of(OptionalDouble.of(0.6664))).isEqualTo(Reliability.UNRELIABLE);
		assertThat(Reliability.of(OptionalDouble.empty())).isEqualTo(Reliability.NOT_MEASURABLE);
		assertThat(Reliability.of(OptionalDouble.of(0.95), ENOUGH - 1)).isEqualTo(Reliability.TOO_FEW_CANDIDATES);
		assertThat(Reliability.of(OptionalDouble.of(0.95), ENOUGH)).isEqualTo(Reliability.RELIABLE);
	}

	@Test
	void rating_outside_one_to_five_is_refused_with_the_scale() {
		assertThatIllegalArgumentException().isThrownBy(() -> candidate(7, Map.of(ANA, 6)))
			.withMessage("Interviewer 1 rated candidate 7 6: ratings run from 1 to 5.");
	}

}
