package org.servewell.web.ui.reports;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servewell.reporting.InterviewPrediction;
import org.servewell.reporting.PearsonCorrelation;
import org.servewell.web.ui.language.Translations;

import static org.assertj.core.api.Assertions.assertThat;

class InterviewPredictionTextTest {

	private static final Words ENGLISH = Words.of(new Translations(), Locale.ENGLISH);

	private static final Words GERMAN = Words.of(new Translations(), Locale.GERMAN);

	@Test
	void a_figure_from_too_few_people_is_read_with_its_caution_and_interval() {
		PearsonCorrelation four = new PearsonCorrelation(4, 0.8367, -0.6355, 0.9965);

		assertThat(InterviewPredictionText.figure(ENGLISH, four)).isEqualTo("0.84");
		assertThat(InterviewPredictionText.reading(ENGLISH, four)).isEqualTo(
				"Too few people to mean anything (4 of 10 needed): the true figure could be anywhere from −0.64 to 1.00.");
	}

	@Test
	void a_figure_from_enough_people_says_how_strong_and_which_way() {
		assertThat(InterviewPredictionText.reading(ENGLISH, new PearsonCorrelation(25, 0.42, 0.03, 0.70)))
			.isEqualTo("Moderate: hires rated higher did better in the quizzes. "
					+ "The true figure most likely lies between 0.03 and 0.70.");
		assertThat(InterviewPredictionText.reading(ENGLISH, new PearsonCorrelation(40, -0.6, -0.77, -0.35)))
			.startsWith("Strong: hires rated higher did worse in the quizzes.");
		assertThat(InterviewPredictionText.reading(ENGLISH, new PearsonCorrelation(40, 0.05, -0.26, 0.35)))
			.startsWith("No relation");
	}

	@Test
	void a_perfect_correlation_says_in_words_that_it_has_no_interval() {
		PearsonCorrelation perfect = new PearsonCorrelation(4, 1.0, null, null);

		assertThat(InterviewPredictionText.figure(ENGLISH, perfect)).isEqualTo("1.00");
		assertThat(InterviewPredictionText.interval(ENGLISH, perfect))
			.isEqualTo("none (a perfect correlation from few people)");
		assertThat(InterviewPredictionText.reading(ENGLISH, perfect))
			.isEqualTo("Too few people to mean anything (4 of 10 needed). No interval: a perfect correlation from few "
					+ "people (every hire on one line), for which the range the true figure most likely lies in "
					+ "cannot be computed.");
		assertThat(InterviewPredictionText.reading(ENGLISH, new PearsonCorrelation(12, -1.0, null, null)))
			.isEqualTo("Strong: hires rated higher did worse in the quizzes. No interval: a perfect correlation "
					+ "(every hire on one line), for which the range the true figure most likely lies in cannot be "
					+ "computed.");
	}

	@Test
	void three_people_give_a_figure_but_say_why_there_is_no_interval() {
		PearsonCorrelation three = new PearsonCorrelation(3, -0.95, null, null);

		assertThat(InterviewPredictionText.interval(ENGLISH, three)).isEqualTo("none (fewer than 4 people)");
		assertThat(InterviewPredictionText.reading(ENGLISH, three))
			.isEqualTo("Too few people to mean anything (3 of 10 needed). "
					+ "No interval: the range the true figure most likely lies in cannot be computed from fewer than 4 "
					+ "people.");
	}

	@Test
	void no_figure_says_why() {
		assertThat(InterviewPredictionText.reading(ENGLISH, new PearsonCorrelation(1, null, null, null)))
			.isEqualTo("Needs at least two hires to compare.");
		assertThat(InterviewPredictionText.reading(ENGLISH, new PearsonCorrelation(5, null, null, null)))
			.isEqualTo("No figure: every rating or every result is the same.");
	}

	@Test
	void the_headline_counts_the_hires_or_says_what_is_missing() {
		assertThat(InterviewPredictionText.headline(ENGLISH, new InterviewPrediction(null, 0, List.of(), List.of())))
			.isEqualTo("No hire has both interview ratings and quiz results yet.");
		assertThat(InterviewPredictionText.headline(ENGLISH,
				new InterviewPrediction("Reception", 4, List.of(), List.of())))
			.isEqualTo("4 hires have both interview ratings and quiz results on the same trait for Reception.");
	}

	@Test
	void a_german_reader_reads_the_figures_with_decimal_commas_and_the_caution_in_german() {
		PearsonCorrelation four = new PearsonCorrelation(4, 0.8367, -0.6355, 0.9965);

		assertThat(InterviewPredictionText.figure(GERMAN, four)).isEqualTo("0,84");
		assertThat(InterviewPredictionText.reading(GERMAN, four)).isEqualTo(
				"Zu wenige Personen, um etwas zu bedeuten (4 von 10 nötig): Die wahre Zahl könnte irgendwo von −0,64 bis 1,00 liegen.");
		assertThat(InterviewPredictionText.reading(GERMAN, new PearsonCorrelation(25, 0.42, 0.03, 0.70)))
			.startsWith("Mittel: Höher Bewertete schnitten in den Quizzen besser ab.");
		assertThat(InterviewPredictionText.figure(GERMAN, new PearsonCorrelation(25, -0.001, -0.3, 0.3)))
			.isEqualTo("0,00");
	}

}
