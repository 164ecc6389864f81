package org.servewell.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.servewell.reporting.InterviewPredictionQueries.InterviewRating;
import org.servewell.reporting.InterviewPredictionQueries.QuizPoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * How ratings and quiz points become figures, without a database: the panel's mean per
 * trait, each interviewer's mean over the traits a hire has results for, and only hires
 * with both.
 */
class InterviewPredictionTallyTest {

	/** Two traits of the model, respect first. */
	static final Map<String, String> TRAITS = new LinkedHashMap<>();

	static {
		TRAITS.put("respect", "Respect");
		TRAITS.put("courtesy", "Courtesy");
	}

	@Test
	void each_trait_sets_the_panels_mean_against_the_hires_mean_credit() {
		// Hires 1-4, Ann (10) and Bob (11) on respect; quiz points on one scenario each.
		List<InterviewRating> ratings = List.of(rating(1, 10, "respect", 2), rating(1, 11, "respect", 2),
				rating(2, 10, "respect", 3), rating(2, 11, "respect", 4), rating(3, 10, "respect", 4),
				rating(3, 11, "respect", 4), rating(4, 10, "respect", 5), rating(4, 11, "respect", 4));
		List<QuizPoints> points = List.of(new QuizPoints(1, "respect", 0, 1), new QuizPoints(2, "respect", 2, 1),
				new QuizPoints(3, "respect", 1, 1), new QuizPoints(4, "respect", 3, 1));

		InterviewPrediction prediction = InterviewPredictionService.predict(null, TRAITS, ratings, points);

		assertThat(prediction.hires()).isEqualTo(4);
		assertThat(prediction.traits()).singleElement().satisfies((figure) -> {
			assertThat(figure.name()).isEqualTo("Respect");
			assertThat(figure.correlation().r()).isCloseTo(Math.sqrt(0.7), within(1e-9));
		});
		assertThat(prediction.interviewers()).extracting((figure) -> figure.correlation().r())
			.satisfiesExactlyInAnyOrder((r) -> assertThat(r).isCloseTo(0.8, within(1e-9)),
					(r) -> assertThat(r).isCloseTo(3 / Math.sqrt(15), within(1e-9)));
	}

	@Test
	void an_interviewer_is_judged_over_the_traits_the_hire_has_results_for() {
		// Ann rated both traits; hire 1 has results on both, hire 2 on courtesy only,
		// hire 3 on none. Ann's pairs: (mean(2, 4) = 3, mean(0, 1) = 0.5) and (5, 1).
		List<InterviewRating> ratings = List.of(rating(1, 10, "respect", 2), rating(1, 10, "courtesy", 4),
				rating(2, 10, "respect", 1), rating(2, 10, "courtesy", 5), rating(3, 10, "courtesy", 1));
		List<QuizPoints> points = List.of(new QuizPoints(1, "respect", 0, 2), new QuizPoints(1, "courtesy", 6, 2),
				new QuizPoints(2, "courtesy", 3, 1), new QuizPoints(9, "respect", 3, 1));

		InterviewPrediction prediction = InterviewPredictionService.predict(null, TRAITS, ratings, points);

		assertThat(prediction.hires()).isEqualTo(2);
		assertThat(prediction.traits()).extracting(InterviewPrediction.Figure::key, InterviewPrediction.Figure::people)
			.containsExactly(org.assertj.core.api.Assertions.tuple("respect", 1),
					org.assertj.core.api.Assertions.tuple("courtesy", 2));
		assertThat(prediction.interviewers()).singleElement().satisfies((ann) -> {
			assertThat(ann.people()).isEqualTo(2);
			assertThat(ann.correlation().r()).isCloseTo(1.0, within(1e-9));
		});
	}

	@Test
	void hires_rated_exactly_in_the_order_of_their_results_give_a_perfect_figure_with_no_interval() {
		InterviewPrediction prediction = annRatesFourHiresOnRespect(1, 2, 3, 4);

		assertThat(prediction.traits()).singleElement()
			.extracting(InterviewPrediction.Figure::correlation)
			.satisfies(InterviewPredictionTallyTest::perfectWithoutInterval)
			.extracting(PearsonCorrelation::r)
			.isEqualTo(1.0);
		assertThat(prediction.interviewers()).singleElement()
			.extracting(InterviewPrediction.Figure::correlation)
			.satisfies(InterviewPredictionTallyTest::perfectWithoutInterval);
	}

	@Test
	void hires_rated_exactly_against_the_order_of_their_results_give_minus_one_with_no_interval() {
		InterviewPrediction prediction = annRatesFourHiresOnRespect(5, 4, 3, 2);

		assertThat(prediction.traits()).singleElement()
			.extracting(InterviewPrediction.Figure::correlation)
			.satisfies(InterviewPredictionTallyTest::perfectWithoutInterval)
			.extracting(PearsonCorrelation::r)
			.isEqualTo(-1.0);
	}

	/**
	 * Ann (10) rates hires 1 to 4 on respect as given; their respect credit is 0, 1/3,
	 * 2/3 and 1.
	 */
	private static InterviewPrediction annRatesFourHiresOnRespect(int... given) {
		List<InterviewRating> ratings = IntStream.range(0, 4)
			.mapToObj((i) -> rating(i + 1, 10, "respect", given[i]))
			.toList();
		List<QuizPoints> points = IntStream.range(0, 4)
			.mapToObj((i) -> new QuizPoints(i + 1, "respect", i, 1))
			.toList();
		return InterviewPredictionService.predict(null, TRAITS, ratings, points);
	}

	private static void perfectWithoutInterval(PearsonCorrelation correlation) {
		assertThat(correlation.pairs()).isEqualTo(4);
		assertThat(correlation.perfect()).isTrue();
		assertThat(correlation.low()).isNull();
		assertThat(correlation.high()).isNull();
	}

	private static InterviewRating rating(long hire, long interviewer, String trait, int rating) {
		return new InterviewRating(hire, interviewer, "Interviewer " + interviewer, trait, rating);
	}

}
