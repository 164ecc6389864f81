package org.servewell.content.health;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

import org.servewell.content.OptionContent;
import org.servewell.content.ScenarioContent;

/**
 * The surface strategies a test-wise learner tries, as found by simulating the bundled
 * banks (issue 13): option length, the number of separate actions an option lists, the
 * situation's words echoed back, and steering clear of options padded with reasons.
 */
public final class SurfaceStrategies {

	/**
	 * Where one action ends and the next begins: a comma, a semicolon, "and", "then".
	 */
	private static final Pattern ACTION_BREAK = Pattern.compile(",|;|\\band\\b|\\bthen\\b", Pattern.CASE_INSENSITIVE);

	/** Reasons tacked onto an option ("since...", "so that..."), a cue of padding. */
	private static final Pattern REASON = Pattern.compile("\\b(since|so that|because|as it|in order to)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

	/** Words shorter than this are too common to echo a situation. */
	private static final int MEANINGFUL_WORD = 5;

	private SurfaceStrategies() {
	}

	/** Every strategy the health check simulates, in report order. */
	public static List<SurfaceStrategy> all() {
		return List.of(longest(), secondLongest(), shortest(), mostActions(), echoesTheSituation(),
				longestWithoutReasons(), random());
	}

	/** Always the option with the most characters. */
	public static SurfaceStrategy longest() {
		return byScore("longest", "picks the longest option", (option) -> option.text().length());
	}

	/** Always the option with the fewest characters. */
	public static SurfaceStrategy shortest() {
		return byScore("shortest", "picks the shortest option", (option) -> -option.text().length());
	}

	/**
	 * The second-longest: the learner who suspects the longest is padded and takes the
	 * next one.
	 */
	public static SurfaceStrategy secondLongest() {
		return new Strategy("second-longest", "picks the second-longest option", (scenario) -> {
			List<OptionContent> options = scenario.options();
			int[] byLength = rankByLengthDescending(options);
			int second = options.get(byLength[Math.min(1, byLength.length - 1)]).text().length();
			return SurfaceStrategy
				.highest(options.stream().map((option) -> (option.text().length() == second) ? 1.0 : 0.0).toList());
		});
	}

	/** The option that lists the most separate actions. */
	public static SurfaceStrategy mostActions() {
		return byScore("most-actions", "picks the option that does the most things", SurfaceStrategies::actions);
	}

	/** The option that repeats most of the situation's and the prompt's words. */
	public static SurfaceStrategy echoesTheSituation() {
		return new Strategy("echoes-situation", "picks the option that repeats the most words of the situation",
				(scenario) -> {
					Set<String> asked = words(scenario.situation() + " " + scenario.prompt());
					return SurfaceStrategy.highest(scenario.options().stream().map((option) -> {
						Set<String> said = words(option.text());
						said.retainAll(asked);
						return (double) said.size();
					}).toList());
				});
	}

	/**
	 * The longest option among those that give no reason for themselves (the learner who
	 * noticed that reasons mark the wrong options); all options if every one gives a
	 * reason.
	 */
	public static SurfaceStrategy longestWithoutReasons() {
		return new Strategy("longest-without-reasons", "picks the longest option that gives no reason for itself",
				(scenario) -> {
					boolean anyPlain = scenario.options()
						.stream()
						.anyMatch((option) -> !REASON.matcher(option.text()).find());
					return SurfaceStrategy.highest(scenario.options()
						.stream()
						.map((option) -> (anyPlain && REASON.matcher(option.text()).find()) ? -1.0
								: (double) option.text().length())
						.toList());
				});
	}

	/** A blind guess: every option equally likely (the floor any bank gives away). */
	public static SurfaceStrategy random() {
		return new Strategy("random", "guesses at random", (scenario) -> {
			double[] chances = new double[scenario.options().size()];
			Arrays.fill(chances, 1.0 / chances.length);
			return chances;
		});
	}

	/** How many separate actions an option's text lists. */
	static int actions(OptionContent option) {
		return (int) ACTION_BREAK.splitAsStream(option.text()).filter((part) -> !part.isBlank()).count();
	}

	private static SurfaceStrategy byScore(String id, String behaviour, ToDoubleFunction<OptionContent> score) {
		return new Strategy(id, behaviour, (scenario) -> SurfaceStrategy
			.highest(scenario.options().stream().map((option) -> score.applyAsDouble(option)).toList()));
	}

	private static int[] rankByLengthDescending(List<OptionContent> options) {
		return java.util.stream.IntStream.range(0, options.size())
			.boxed()
			.sorted(Comparator.comparingInt((Integer i) -> options.get(i).text().length()).reversed())
			.mapToInt(Integer::intValue)
			.toArray();
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		WORD.matcher(text.toLowerCase(Locale.ROOT))
			.results()
			.map((match) -> match.group())
			.filter((word) -> word.length() >= MEANINGFUL_WORD)
			.forEach(words::add);
		return words;
	}

	private record Strategy(String id, String behaviour,
			java.util.function.Function<ScenarioContent, double[]> chances) implements SurfaceStrategy {

		@Override
		public double[] choiceChances(ScenarioContent scenario) {
			return this.chances.apply(scenario);
		}

	}

}
