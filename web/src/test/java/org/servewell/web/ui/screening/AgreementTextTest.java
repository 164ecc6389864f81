package org.servewell.web.ui.screening;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.servewell.hiring.AgreementReport;
import org.servewell.hiring.InterviewerAgreement;
import org.servewell.hiring.PanelAgreement;
import org.servewell.hiring.TraitRatings;
import org.servewell.hiring.TraitRatings.CandidateRatings;
import org.servewell.web.ui.language.Translations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What HR reads on the agreement page, from the report the service returns.
 */
class AgreementTextTest {

	static final long ANA = 1;

	static final long BEN = 2;

	static final long CLEO = 3;

	static final int ENOUGH = AgreementReport.MINIMUM_CANDIDATES;

	/** The report in English words, as an English page words it. */
	static final AgreementText TEXT = new AgreementText(
			(key, arguments) -> new Translations().getTranslation(key, Locale.ENGLISH, arguments), Locale.ENGLISH);

	static PanelAgreement panel(TraitRatings... traits) {
		return new PanelAgreement(InterviewerAgreement.measure(List.of(traits)),
				Map.of(ANA, "Ana Alves", BEN, "Ben Brook", CLEO, "Cleo Cole"));
	}

	static TraitRatings trait(String name, int count, IntFunction<Map<Long, Integer>> ratings) {
		return new TraitRatings(name.toLowerCase(), name,
				java.util.stream.IntStream.range(0, count)
					.mapToObj((i) -> new CandidateRatings(i + 1, ratings.apply(i)))
					.toList());
	}

	static int level(int candidate) {
		return 1 + candidate % 4;
	}

	static String reading(PanelAgreement agreement) {
		return TEXT.reading(agreement.report().traits().get(0), agreement);
	}

	@Test
	void one_candidate_with_three_differing_ratings_reads_not_enough_candidates_rather_than_unreliable() {
		PanelAgreement agreement = panel(trait("Patience", 1, (i) -> Map.of(ANA, 5, BEN, 3, CLEO, 4)));

		assertThat(reading(agreement)).startsWith("Patience: not enough candidates yet (1 of 20).")
			.doesNotContain("unreliable")
			.doesNotContain("alpha");
		assertThat(TEXT.headline(agreement)).isEqualTo("Not enough candidates yet (1 of 20): agreement is "
				+ "read once 20 candidates have each been rated by two or more interviewers.");
		assertThat(TEXT.shown(agreement.report().traits().get(0), agreement.report().traits().get(0).alpha()))
			.isEqualTo("–");
	}

	@Test
	void two_candidates_give_no_figure_and_no_band() {
		PanelAgreement agreement = panel(trait("Patience", 2,
				(i) -> (i == 0) ? Map.of(ANA, 5, BEN, 3, CLEO, 4) : Map.of(ANA, 4, BEN, 2, CLEO, 4)));

		assertThat(reading(agreement)).startsWith("Patience: not enough candidates yet (2 of 20).")
			.doesNotContain("0.412");
	}

	@Test
	void reading_shows_the_intraclass_correlation_beside_alpha() {
		PanelAgreement agreement = panel(trait("Warmth", ENOUGH,
				(i) -> Map.of(ANA, level(i), BEN, (i % 5 == 0) ? Math.min(level(i) + 1, 5) : level(i))));
		AgreementReport.TraitAgreement warmth = agreement.report().traits().get(0);

		assertThat(reading(agreement)).matches("Warmth: Krippendorff's alpha 0\\.\\d{3}, ICC\\(2,1\\) 0\\.\\d{3}, "
				+ "reliable: the interviewers' ratings can be relied on\\.");
		assertThat(TEXT.shown(warmth, warmth.absoluteAgreementIcc())).matches("0\\.\\d{3}");
	}

	@Test
	void interviewer_a_point_above_another_on_every_candidate_reads_as_an_offset() {
		PanelAgreement agreement = panel(trait("Warmth", ENOUGH, (i) -> Map.of(ANA, level(i) + 1, BEN, level(i))));

		assertThat(reading(agreement)).contains("Interviewers rank candidates alike but Ana Alves rates about "
				+ "1.0 point higher than Ben Brook (20 candidates)");
	}

	@Test
	void negative_alpha_reads_as_worse_than_chance() {
		PanelAgreement agreement = panel(trait("Patience", ENOUGH, (i) -> Map.of(ANA, level(i), BEN, 5 - level(i))));

		assertThat(reading(agreement))
			.matches("Patience: Krippendorff's alpha -\\d\\.\\d{3}, ICC\\(2,1\\) -?\\d\\.\\d{3}, "
					+ "unreliable and worse than chance: the interviewers systematically disagree, one rating high "
					+ "where another rates low\\.");
	}

	@Test
	void headline_names_the_trait_interviewers_disagree_on_most() {
		PanelAgreement agreement = panel(trait("Warmth", ENOUGH, (i) -> Map.of(ANA, level(i), BEN, level(i))),
				trait("Patience", ENOUGH, (i) -> Map.of(ANA, level(i), BEN, 5 - level(i))));

		assertThat(TEXT.headline(agreement))
			.matches("Interviewers disagree most on Patience \\(Krippendorff's alpha -\\d\\.\\d{3}, ICC\\(2,1\\) "
					+ "-?\\d\\.\\d{3}, unreliable\\)\\.");
	}

	@Test
	void leniency_reads_in_rating_points_above_or_below_the_panel() {
		assertThat(TEXT.leniency(new AgreementReport.InterviewerLeniency(ANA, 1.75, 2)))
			.isEqualTo("Rates 1.8 points above the panel on average (2 ratings).");
		assertThat(TEXT.leniency(new AgreementReport.InterviewerLeniency(BEN, -1.0, 12)))
			.isEqualTo("Rates 1.0 point below the panel on average (12 ratings).");
		assertThat(TEXT.leniency(new AgreementReport.InterviewerLeniency(CLEO, 0.01, 1)))
			.isEqualTo("Rates in line with the panel on average (1 rating).");
	}

}
