package org.servewell.content;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * Maps GIFT questions onto scenarios and writes scenarios as GIFT.
 *
 * <p>
 * Weights become ratings by their share of full credit: 100% is 4 (the best response),
 * 66.67% is 3, 33.33% is 2, 0% or less is 1; other weights go to the nearest. Written
 * back, ratings become {@code =} (a second best option {@code ~%100%}),
 * {@code ~%66.66667%}, {@code ~%33.33333%} and {@code ~%0%}, grades Moodle accepts. A
 * question's text becomes the situation and, when it ends with a paragraph of its own,
 * that paragraph becomes the prompt. What GIFT cannot hold (the essay point behind a
 * scenario; its traits unless the category names one) is left for the trainer to add in
 * the studio, where the draft shows it as missing.
 */
public final class GiftScenarios {

	/** The prompt of a question whose text has no separate last paragraph. */
	public static final String DEFAULT_PROMPT = "What do you do?";

	private static final int TITLE_WORDS_LENGTH = 60;

	/**
	 * A tag, comment or declaration as an HTML parser sees one: {@code <} followed by a
	 * letter, {@code /}, {@code !} or {@code ?}. Any other {@code <} ("3 < 5") is text.
	 */
	private static final Pattern TAG = Pattern.compile("<(?:/?[A-Za-z]|[!?])[^>]*>");

	private GiftScenarios() {
	}

	/**
	 * A scenario from a question; {@code traitIds} are the trait model's ids, used when
	 * the question's category ends in one.
	 */
	public static ScenarioContent toScenario(GiftQuestion question, String id, Set<String> traitIds) {
		String text = inFormat(question.text(), question.textFormat());
		int split = text.lastIndexOf("\n\n");
		String situation = (split > 0) ? text.substring(0, split) : text;
		String prompt = (split > 0) ? text.substring(split + 2) : DEFAULT_PROMPT;
		String title = (question.title() != null && !question.title().isBlank()) ? question.title() : firstWords(text);
		List<String> traits = List.of();
		if (question.category() != null) {
			String last = question.category().substring(question.category().lastIndexOf('/') + 1).strip();
			if (traitIds.contains(last)) {
				traits = List.of(last);
			}
		}
		List<OptionContent> options = question.answers()
			.stream()
			.map((answer) -> new OptionContent(inFormat(answer.text(), answer.textFormat()),
					rating(answer.weightPercent()), inFormat(answer.feedback(), answer.feedbackFormat())))
			.toList();
		return new ScenarioContent(id, title, situation, prompt, traits, null, options);
	}

	/** The rating nearest to a GIFT weight. */
	public static int rating(double weightPercent) {
		double credit = Math.clamp(weightPercent, 0, 100) / 100;
		return OptionContent.WORST_RATING
				+ (int) Math.round(credit * (OptionContent.BEST_RATING - OptionContent.WORST_RATING));
	}

	/**
	 * The scenarios as a GIFT file Moodle imports, under a category when one is given.
	 */
	public static String toGift(List<ScenarioContent> scenarios, String category) {
		StringBuilder gift = new StringBuilder();
		gift.append("// Exported from Servewell. Each question is a scenario: situation, then prompt.\n\n");
		if (category != null && !category.isBlank()) {
			gift.append("$CATEGORY: ").append(category.strip()).append("\n\n");
		}
		for (ScenarioContent scenario : scenarios) {
			if (scenario.options().stream().noneMatch((option) -> option.rating() == OptionContent.BEST_RATING)) {
				// Without an '=' Moodle reads the question as multiple answer and refuses
				// weights that do not add up to 100%, which stops the whole import.
				gift.append("// not exported: scenario '")
					.append(scenario.id())
					.append("' has no option rated ")
					.append(OptionContent.BEST_RATING)
					.append(" (the best response); Moodle needs one answer worth 100%\n\n");
				continue;
			}
			gift.append("// id: ").append(scenario.id()).append('\n');
			gift.append("::").append(escape(scenario.title())).append("::[markdown]");
			gift.append(escape(scenario.situation() + "\n\n" + scenario.prompt())).append(" {\n");
			boolean bestWritten = false;
			for (OptionContent option : scenario.options()) {
				// One '=' answer: a second best is '~%100%', so that a bank with two best
				// options still has a '~' and Moodle reads it as multiple choice with one
				// answer to pick, not as short answer.
				boolean best = option.rating() == OptionContent.BEST_RATING;
				gift.append('\t').append((best && bestWritten) ? "~%100%" : weight(option.rating()));
				bestWritten |= best;
				gift.append(marked(option.text()));
				if (!option.feedback().isEmpty()) {
					gift.append(" #").append(marked(option.feedback()));
				}
				gift.append('\n');
			}
			gift.append("}\n\n");
		}
		return gift.toString();
	}

	private static String weight(int rating) {
		return switch (rating) {
			case OptionContent.BEST_RATING -> "=";
			case 3 -> "~%66.66667%";
			case 2 -> "~%33.33333%";
			default -> "~%0%";
		};
	}

	/**
	 * An answer's or feedback's text, escaped; one that starts with '[' gets the
	 * question's {@code [markdown]} marker written before it, else a leading
	 * {@code [html]} in the text would be read as a marker and dropped (by Moodle too).
	 */
	private static String marked(String text) {
		return (text.startsWith("[") ? "[markdown]" : "") + escape(text);
	}

	/**
	 * Escapes GIFT's special characters, and writes line breaks as {@code \n} so that a
	 * blank line inside a text never ends the question.
	 */
	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
				case '\n' -> out.append("\\n");
				case '\r' -> {
				}
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static String firstWords(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		if (line.length() <= TITLE_WORDS_LENGTH) {
			return line;
		}
		int cut = line.lastIndexOf(' ', TITLE_WORDS_LENGTH);
		return line.substring(0, (cut > 0) ? cut : Math.min(TITLE_WORDS_LENGTH, ContentLimits.MAX_TITLE_LENGTH))
				+ "...";
	}

	/** A text as a scenario holds it: HTML becomes plain text, other formats stay. */
	private static String inFormat(String text, GiftFormat format) {
		return (format == GiftFormat.HTML) ? plain(text) : text;
	}

	/**
	 * HTML as plain text: paragraphs and line breaks kept, tags dropped, entities read.
	 */
	static String plain(String html) {
		String text = TAG.matcher(html.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</p>\\s*", "\n\n"))
			.replaceAll("");
		return Parser.unescapeEntities(text, false).replace('\u00A0', ' ').replaceAll("\n{3,}", "\n\n").strip();
	}

}
