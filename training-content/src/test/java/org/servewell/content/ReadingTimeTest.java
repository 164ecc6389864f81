package org.servewell.content;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A course's time comes from its words, so that two courses of equal length say the same.
 */
class ReadingTimeTest {

	private static String words(int count) {
		return String.join(" ", Collections.nCopies(count, "word"));
	}

	@Test
	void lessons_are_read_at_two_hundred_words_a_minute_and_rounded_up_to_five_minutes() {
		assertThat(ReadingTime.minutes(List.of(words(2000)), List.of(), 0)).isEqualTo(10);
		assertThat(ReadingTime.minutes(List.of(words(1000), words(1001)), List.of(), 0)).as("10.005 minutes")
			.isEqualTo(15);
	}

	@Test
	void one_quiz_attempt_adds_the_average_scenario_read_and_half_a_minute_to_choose_for_each_drawn() {
		// 1,900 words of lessons (9.5 min) + 6 scenarios of 150 words (4.5 min) + 6 x 30
		// s (3 min) = 17 min.
		List<String> bank = List.of(words(100), words(200), words(150), words(150), words(150), words(150));
		assertThat(ReadingTime.minutes(List.of(words(1900)), bank, 6)).isEqualTo(20);
		// 9.5 + 4 x 0.75 + 4 x 0.5 = 14.5 minutes: a bank of four cannot draw six.
		assertThat(ReadingTime.minutes(List.of(words(1900)), bank.subList(0, 4), 6)).isEqualTo(15);
	}

	@Test
	void markdown_marks_and_punctuation_are_not_words() {
		assertThat(
				ReadingTime.words("## A heading\n\n- **Do:** greet them -- *warmly*; don't rush. > Reflect: 3 things"))
			.isEqualTo(11);
	}

	@Test
	void a_tiny_course_still_says_five_minutes() {
		assertThat(ReadingTime.minutes(List.of("Hello."), List.of(), 1)).isEqualTo(5);
	}

	@Test
	void two_bundled_courses_of_similar_length_get_similar_times() {
		ContentBundle bundle = ContentReader.read(ContentSource.bundled());
		for (CourseContent course : bundle.courses()) {
			long words = course.lessons().stream().mapToLong((lesson) -> ReadingTime.words(lesson.markdown())).sum();
			assertThat(course.estimatedMinutes()).as(course.id())
				.isGreaterThanOrEqualTo((int) (words / ReadingTime.WORDS_PER_MINUTE))
				.isLessThanOrEqualTo((int) (words / ReadingTime.WORDS_PER_MINUTE) + 15);
		}
	}

}
