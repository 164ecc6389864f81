package org.servewell.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Moodle's GIFT format (https://docs.moodle.org/en/GIFT_format) as Moodle's own
 * importer does: questions separated by blank lines, {@code //} comment lines,
 * {@code $CATEGORY:} lines, {@code ::title::}, {@code [html]}/{@code [moodle]}/
 * {@code [plain]}/{@code [markdown]} markers, an answer block in braces (also in the
 * middle of the text), {@code =}/{@code ~} answers with {@code %n%} weights and {@code #}
 * feedback, {@code ####} general feedback, and backslash escapes.
 *
 * <p>
 * Multiple-choice questions with one best answer are returned; questions of other types,
 * multiple-answer ones included, are listed with their line, and so is what a returned
 * question loses (its general feedback). A syntax error, or text that was not UTF-8,
 * stops the reading: nothing of a broken file is used.
 */
public final class GiftReader {

	private static final Pattern FORMAT = Pattern.compile("^\\s*\\[(moodle|html|plain|markdown)]",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TRUE_FALSE = Pattern.compile("(?i)(T|F|TRUE|FALSE)\\s*(#.*)?", Pattern.DOTALL);

	private static final String ESCAPED = "~=#{}:\\n";

	/** What a decoder puts where bytes were not UTF-8. */
	private static final char REPLACEMENT = '\uFFFD';

	private GiftReader() {
	}

	/**
	 * Reads a whole GIFT file.
	 * @throws GiftSyntaxException naming the line of the first syntax error
	 */
	public static GiftDocument read(String gift) {
		String[] lines = gift.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
		refuseReplacedBytes(lines);
		List<GiftQuestion> questions = new ArrayList<>();
		List<GiftDocument.UnsupportedQuestion> unsupported = new ArrayList<>();
		List<GiftDocument.Warning> warnings = new ArrayList<>();
		String category = null;
		List<Integer> blockLines = new ArrayList<>();
		for (int i = 0; i <= lines.length; i++) {
			String line = (i < lines.length) ? lines[i] : "";
			if (i == 0 && line.startsWith("\uFEFF")) {
				line = line.substring(1);
				lines[0] = line;
			}
			if (line.strip().startsWith("//")) {
				continue;
			}
			if (!line.isBlank()) {
				if (blockLines.isEmpty() && line.strip().startsWith("$CATEGORY:")) {
					category = line.strip().substring("$CATEGORY:".length()).strip();
					continue;
				}
				blockLines.add(i);
				continue;
			}
			if (!blockLines.isEmpty()) {
				Block block = new Block(lines, blockLines);
				readQuestion(block, category, questions, unsupported, warnings);
				blockLines = new ArrayList<>();
			}
		}
		return new GiftDocument(questions, unsupported, warnings);
	}

	/**
	 * Refuses text in which bytes that were not UTF-8 became replacement characters, as
	 * an upload decoded as UTF-8 has them: the words they stood in are lost, so nothing
	 * of the file is used and the trainer learns how to save it.
	 */
	private static void refuseReplacedBytes(String[] lines) {
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].indexOf(REPLACEMENT) >= 0) {
				throw new GiftSyntaxException(i + 1, "the file is not UTF-8 (it looks like Latin-1/Windows-1252):"
						+ " save it as UTF-8 and import it again");
			}
		}
	}

	private static void readQuestion(Block block, String category, List<GiftQuestion> questions,
			List<GiftDocument.UnsupportedQuestion> unsupported, List<GiftDocument.Warning> warnings) {
		String text = block.text;
		int position = skipSpace(text, 0);
		String title = null;
		if (text.startsWith("::", position)) {
			int end = findUnescaped(text, "::", position + 2);
			if (end < 0) {
				throw new GiftSyntaxException(block.lineAt(position),
						"the title opened with '::' is never closed; write ::Title:: before the question");
			}
			title = unescape(text.substring(position + 2, end)).strip();
			position = end + 2;
		}
		int open = findUnescaped(text, "{", position);
		if (open < 0) {
			unsupported.add(new GiftDocument.UnsupportedQuestion(block.firstLine, title, "description"));
			return;
		}
		int close = findUnescaped(text, "}", open + 1);
		if (close < 0) {
			throw new GiftSyntaxException(block.lineAt(open),
					"the answer block opened here with '{' is never closed with '}'");
		}
		if (findUnescaped(text, "{", close + 1) >= 0) {
			throw new GiftSyntaxException(block.lineAt(findUnescaped(text, "{", close + 1)),
					"a question has one answer block; a second '{' needs escaping as \\{");
		}
		String before = text.substring(position, open);
		String after = text.substring(close + 1);
		GiftFormat format = GiftFormat.MOODLE;
		Matcher marker = FORMAT.matcher(before);
		if (marker.find()) {
			format = GiftFormat.valueOf(marker.group(1).toUpperCase(Locale.ROOT));
			before = before.substring(marker.end());
		}
		String questionText = after.isBlank() ? unescape(before).strip()
				: unescape(before).strip() + " _____ " + unescape(after).strip();
		String body = text.substring(open + 1, close);
		// As Moodle: the general feedback is taken off before the type is decided.
		String generalFeedback = null;
		int general = findLastUnescaped(body, "####");
		if (general >= 0) {
			generalFeedback = new Marked(body.substring(general + 4), format).text;
			body = body.substring(0, general);
		}
		String type = typeOf(body);
		if (type != null) {
			unsupported.add(new GiftDocument.UnsupportedQuestion(block.firstLine, title, type));
			return;
		}
		List<GiftAnswer> answers = answers(body, open + 1, block, format);
		if (isMultipleAnswer(answers)) {
			unsupported.add(new GiftDocument.UnsupportedQuestion(block.firstLine, title, "multiple answer"));
			return;
		}
		if (answers.size() < 2) {
			throw new GiftSyntaxException(block.lineAt(open),
					"a multiple-choice question needs at least two answers, as in Moodle");
		}
		if (answers.stream().noneMatch((answer) -> answer.weightPercent() > 0)) {
			throw new GiftSyntaxException(block.lineAt(open),
					"no answer gets any credit; mark the right answer with '=' or give one a positive %weight%");
		}
		if (generalFeedback != null && !generalFeedback.isEmpty()) {
			warnings.add(new GiftDocument.Warning(block.lineAt(open + 1 + general),
					"the general feedback (####)" + ((title != null) ? " of '" + title + "'" : "")
							+ " is not imported: a scenario has no place for it; put what matters into the"
							+ " options' feedback"));
		}
		questions
			.add(new GiftQuestion(block.firstLine, title, category, questionText, format, answers, generalFeedback));
	}

	/**
	 * Whether a learner would tick several answers: two or more earn credit and none
	 * earns it in full (a valid Moodle multiple-answer question's weights add up to
	 * 100%). A scenario has one best response, so such a question cannot be one.
	 */
	private static boolean isMultipleAnswer(List<GiftAnswer> answers) {
		return answers.stream().filter((answer) -> answer.weightPercent() > 0).count() >= 2
				&& answers.stream().noneMatch((answer) -> answer.weightPercent() >= 100);
	}

	/**
	 * The type of a question that is not multiple choice, or null for multiple choice.
	 */
	private static String typeOf(String body) {
		String content = body.strip();
		if (content.isEmpty()) {
			return "essay";
		}
		if (TRUE_FALSE.matcher(content).matches()) {
			return "true/false";
		}
		if (content.startsWith("#")) {
			return "numerical";
		}
		// Moodle's order: any '~' answer makes it multiple choice, then '=' with '->'
		// matching; anything else is short answer, also a single answer without '='.
		if (findUnescaped(content, "~", 0) >= 0) {
			return null;
		}
		if (findUnescaped(content, "=", 0) >= 0 && findUnescaped(content, "->", 0) >= 0) {
			return "matching";
		}
		return "short answer";
	}

	private static List<GiftAnswer> answers(String body, int offset, Block block, GiftFormat questionFormat) {
		List<GiftAnswer> answers = new ArrayList<>();
		int start = -1;
		for (int i = 0; i <= body.length(); i++) {
			boolean end = i == body.length();
			char c = end ? 0 : body.charAt(i);
			if (!end && c == '\\') {
				i++;
				continue;
			}
			if (end || c == '=' || c == '~') {
				if (start < 0) {
					String lead = body.substring(0, i).strip();
					if (!lead.isEmpty()) {
						throw new GiftSyntaxException(block.lineAt(offset), "the answer block starts with '"
								+ abbreviate(lead) + "'; each answer starts with '=' (right) or '~' (other)");
					}
				}
				else {
					answers.add(answer(body.substring(start, i), offset + start, block, questionFormat));
				}
				start = i;
			}
		}
		return answers;
	}

	private static GiftAnswer answer(String raw, int offset, Block block, GiftFormat questionFormat) {
		int line = block.lineAt(offset);
		boolean right = raw.charAt(0) == '=';
		String rest = raw.substring(1);
		double weight = right ? 100 : 0;
		String trimmed = rest.stripLeading();
		// As Moodle: only '~' answers carry a weight ('=' is always full credit, and a
		// '%' after it is text), and a '%' that is never closed is text too.
		if (!right && trimmed.startsWith("%") && trimmed.indexOf('%', 1) > 0) {
			int close = trimmed.indexOf('%', 1);
			String number = trimmed.substring(1, close).strip();
			try {
				weight = Double.parseDouble(number);
			}
			catch (NumberFormatException ex) {
				throw new GiftSyntaxException(line,
						"the weight '%" + number + "%' is not a number; write it as %50% or %-33.33333%");
			}
			if (weight < -100 || weight > 100) {
				throw new GiftSyntaxException(line, "the weight '%" + number + "%' is outside -100 to 100");
			}
			rest = trimmed.substring(close + 1);
		}
		Marked feedback = new Marked("", questionFormat);
		int hash = findUnescaped(rest, "#", 0);
		if (hash >= 0) {
			feedback = new Marked(rest.substring(hash + 1), questionFormat);
			rest = rest.substring(0, hash);
		}
		Marked text = new Marked(rest, questionFormat);
		if (text.text.isEmpty()) {
			throw new GiftSyntaxException(line, "an answer has no text after its '" + raw.charAt(0) + "'");
		}
		return new GiftAnswer(text.text, weight, feedback.text, line, text.format, feedback.format);
	}

	/**
	 * The position of the first unescaped occurrence of {@code token} from {@code from}.
	 */
	static int findUnescaped(String text, String token, int from) {
		for (int i = from; i < text.length(); i++) {
			if (text.charAt(i) == '\\') {
				i++;
			}
			else if (text.startsWith(token, i)) {
				return i;
			}
		}
		return -1;
	}

	/** The position of the last unescaped occurrence of {@code token}. */
	static int findLastUnescaped(String text, String token) {
		int found = -1;
		for (int at = findUnescaped(text, token, 0); at >= 0; at = findUnescaped(text, token, at + token.length())) {
			found = at;
		}
		return found;
	}

	/**
	 * Resolves GIFT's escapes: {@code \~ \= \# \{ \} \: \\} and {@code \n}. Any other
	 * backslash is kept, as Moodle keeps it (TeX such as {@code \(x\)} survives).
	 */
	static String unescape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length() && ESCAPED.indexOf(text.charAt(i + 1)) >= 0) {
				char next = text.charAt(++i);
				out.append((next == 'n') ? '\n' : next);
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static int skipSpace(String text, int from) {
		int i = from;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		return i;
	}

	private static String abbreviate(String text) {
		String line = text.strip().replace('\n', ' ');
		return (line.length() > 30) ? line.substring(0, 30) + "..." : line;
	}

	/**
	 * An answer's, feedback's or general feedback's text with its format: a leading
	 * marker is dropped and sets the format, as Moodle's {@code parse_text_with_format}
	 * does; without one the question's format applies.
	 */
	private static final class Marked {

		final String text;

		final GiftFormat format;

		Marked(String raw, GiftFormat questionFormat) {
			String text = raw;
			GiftFormat found = questionFormat;
			Matcher marker = FORMAT.matcher(text);
			if (marker.find()) {
				found = GiftFormat.valueOf(marker.group(1).toUpperCase(Locale.ROOT));
				text = text.substring(marker.end());
			}
			this.text = unescape(text).strip();
			this.format = found;
		}

	}

	/** One question's lines (comments left out), joined, with their line numbers. */
	private static final class Block {

		final String text;

		final int firstLine;

		/** Where each line starts in the joined text, and its line number in the file. */
		private final int[] starts;

		private final int[] numbers;

		Block(String[] lines, List<Integer> indexes) {
			StringBuilder joined = new StringBuilder();
			this.starts = new int[indexes.size()];
			this.numbers = new int[indexes.size()];
			for (int i = 0; i < indexes.size(); i++) {
				int index = indexes.get(i);
				if (!joined.isEmpty()) {
					joined.append('\n');
				}
				this.starts[i] = joined.length();
				this.numbers[i] = index + 1;
				// Moodle trims every line of a question.
				joined.append(lines[index].strip());
			}
			this.text = joined.toString();
			this.firstLine = indexes.get(0) + 1;
		}

		/**
		 * The file's line number of a position in the joined text, by binary search: a
		 * question with thousands of answer lines asks this for each of them.
		 */
		int lineAt(int position) {
			int found = Arrays.binarySearch(this.starts, position);
			int line = (found >= 0) ? found : -found - 2;
			return this.numbers[Math.max(line, 0)];
		}

	}

}
