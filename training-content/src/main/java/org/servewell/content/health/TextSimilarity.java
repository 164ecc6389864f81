package org.servewell.content.health;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.CosineSimilarity;

/**
 * How alike two texts are in their words: the cosine of their word-count vectors (Apache
 * Commons Text's {@link CosineSimilarity}), 0 for no word in common up to 1 for the same
 * words in the same proportions. Before counting, words are lower-cased, words of fewer
 * than four letters and common English function words are dropped, a few endings are cut
 * ("closing" and "closes" count as "clos"), and the members of a small set of word
 * families count as one word ("husband" and "father" as "family"), so that a dilemma
 * retold with other people in it still matches. training-content/FORMAT.md documents the
 * measure; {@link SimilarScenarios} holds the thresholds.
 */
final class TextSimilarity {

	private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

	/**
	 * A person named with a title ("Mr Hassan", "Mrs Ellis"): the surest sign that a
	 * scenario retells a lesson's example.
	 */
	private static final Pattern TITLED_NAME = Pattern.compile("\\b(?:Mr|Mrs|Ms|Miss|Dr)\\.? (\\p{Lu}\\p{Ll}+)");

	/** Shorter words are too common to say what a text is about. */
	private static final int SHORTEST_WORD = 4;

	/** Endings cut from a word when at least this many letters remain. */
	private static final int SHORTEST_STEM = 4;

	private static final String[] ENDINGS = { "ing", "ed", "es", "s" };

	private static final Set<String> STOP_WORDS = Set.of(("about above after again against also always because been"
			+ " before being below between both could does doing down during each every from further have having"
			+ " here hers herself himself into itself just more most myself only other ours ourselves over same"
			+ " should some such than that their theirs them themselves then there these they this those through"
			+ " under until very were what when where which while whom with would your yours yourself yourselves")
		.split(" "));

	/**
	 * Word families: each line's first word stands for all of them. They cover what the
	 * bundled near-duplicates shared in other words (a bereavement, a relative, distress,
	 * abuse, a sale, a regular, a colleague); grow them when a retold dilemma slips
	 * through.
	 */
	private static final Map<String, String> FAMILIES = families(
			"bereavement died death dead grief grieving"
					+ " condolence condolences funeral widow widowed tearful bereaved",
			"relative husband wife father mother daughter parent partner",
			"distress tears crying shaking shaken upset sobbing", "abuse swore shouted abusive yelled sworn insulted",
			"selling insurance sale sales deal deals upsell protection premium", "regular usual favourite",
			"colleague starter coworker");

	private static final CosineSimilarity COSINE = new CosineSimilarity();

	private TextSimilarity() {
	}

	/** The cosine similarity of the two texts' counted words, 0 to 1. */
	static double similarity(String one, String other) {
		return similarity(counts(one), counts(other));
	}

	/** The cosine similarity of two texts' {@link #counts}, 0 to 1. */
	static double similarity(Map<CharSequence, Integer> one, Map<CharSequence, Integer> other) {
		if (one.isEmpty() || other.isEmpty()) {
			return 0;
		}
		return COSINE.cosineSimilarity(one, other);
	}

	/** The surnames of people the text names with a title, in order of appearance. */
	static Set<String> titledNames(String text) {
		Set<String> names = new LinkedHashSet<>();
		TITLED_NAME.matcher(text).results().map((match) -> match.group(1)).forEach(names::add);
		return names;
	}

	/** Each counted word of the text with how often it occurs. */
	static Map<CharSequence, Integer> counts(String text) {
		Map<CharSequence, Integer> counts = new HashMap<>();
		WORD.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\''))
			.results()
			.map((match) -> match.group())
			.map(TextSimilarity::withoutPossessive)
			.filter((word) -> word.length() >= SHORTEST_WORD && !STOP_WORDS.contains(word))
			.map((word) -> FAMILIES.getOrDefault(word, stem(word)))
			.forEach((word) -> counts.merge(word, 1, Integer::sum));
		return counts;
	}

	private static String withoutPossessive(String word) {
		String plain = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
		return plain.replace("'", "");
	}

	private static String stem(String word) {
		for (String ending : ENDINGS) {
			if (word.endsWith(ending) && word.length() - ending.length() >= SHORTEST_STEM) {
				return word.substring(0, word.length() - ending.length());
			}
		}
		return word;
	}

	private static Map<String, String> families(String... lines) {
		Map<String, String> families = new HashMap<>();
		for (String line : lines) {
			String[] words = line.split(" ");
			for (String word : words) {
				families.put(word, words[0]);
			}
		}
		return Map.copyOf(families);
	}

}
