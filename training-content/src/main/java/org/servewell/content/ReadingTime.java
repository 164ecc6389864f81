package org.servewell.content;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a course takes, computed from its words rather than typed in: the lessons read
 * at {@value #WORDS_PER_MINUTE} words a minute, plus one quiz attempt, that is the bank's
 * average scenario (situation, prompt and options) read at the same pace for each
 * scenario drawn, with {@value #SECONDS_TO_CHOOSE} seconds to choose. The total is
 * rounded up to whole {@value #ROUNDED_TO} minutes, as a learner plans time, not to the
 * minute.
 */
public final class ReadingTime {

	/** A steady reading pace for instructional text an adult takes in, not skims. */
	public static final int WORDS_PER_MINUTE = 200;

	/** Time to weigh the options of one scenario once it is read. */
	public static final int SECONDS_TO_CHOOSE = 30;

	/** The step the estimate is rounded up to. */
	public static final int ROUNDED_TO = 5;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

	private ReadingTime() {
	}

	/**
	 * Minutes for a course.
	 * @param lessonTexts each lesson's text (Markdown)
	 * @param scenarioTexts each scenario of the bank as one text
	 * @param scenariosPerAttempt how many scenarios one attempt draws
	 * @return the estimate, at least {@value #ROUNDED_TO}
	 */
	public static int minutes(List<String> lessonTexts, List<String> scenarioTexts, int scenariosPerAttempt) {
		long lessonWords = lessonTexts.stream().mapToLong(ReadingTime::words).sum();
		double scenarioWords = scenarioTexts.stream().mapToLong(ReadingTime::words).average().orElse(0);
		int drawn = Math.min(Math.max(scenariosPerAttempt, 0), scenarioTexts.size());
		double seconds = (lessonWords + scenarioWords * drawn) * 60.0 / WORDS_PER_MINUTE + drawn * SECONDS_TO_CHOOSE;
		int minutes = (int) Math.ceil(seconds / 60);
		return Math.max(ROUNDED_TO, ((minutes + ROUNDED_TO - 1) / ROUNDED_TO) * ROUNDED_TO);
	}

	/** A scenario as a learner reads it: situation, prompt and every option. */
	public static String text(ScenarioContent scenario) {
		return text(scenario.situation(), scenario.prompt(), scenario.options());
	}

	/** A scenario as a learner reads it, from its parts (a draft's, say). */
	public static String text(String situation, String prompt, List<OptionContent> options) {
		StringBuilder text = new StringBuilder(situation).append('\n').append(prompt);
		options.forEach((option) -> text.append('\n').append(option.text()));
		return text.toString();
	}

	/** The words in a text, Markdown marks aside. */
	static long words(String text) {
		if (text == null) {
			return 0;
		}
		Matcher matcher = WORD.matcher(text);
		long count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
