package org.servewell.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.servewell.authoring.domain.DraftScenario;
import org.servewell.catalog.CatalogLimits;
import org.servewell.content.ContentLimits;
import org.servewell.content.GiftDocument;
import org.servewell.content.GiftQuestion;
import org.servewell.content.ScenarioContent;
import org.servewell.shared.Said;

/**
 * How much an import may add and how long a text a draft keeps, checked before anything
 * is written. A bank stays small enough for the studio to open and check at once
 * ({@link ContentLimits#MAX_BANK_SCENARIOS}); and no text meets a column shorter than
 * itself, where the database would refuse it with an error a trainer cannot act on (or,
 * on a lenient MySQL server, cut it short without a word). Every refusal says what and
 * where.
 */
final class ImportLimits {

	private ImportLimits() {
	}

	/**
	 * Refuses a GIFT file with more questions than one import reads, or more
	 * multiple-choice questions than the bank has room for.
	 */
	static void checkGift(GiftDocument document, int inBank) {
		int questions = document.questions().size() + document.unsupported().size();
		if (questions > ContentLimits.MAX_IMPORTED_SCENARIOS) {
			throw new AuthoringRefusedException(
					new Said("authoring.import-too-many-questions", questions, ContentLimits.MAX_IMPORTED_SCENARIOS));
		}
		checkBank(new Said("authoring.the-file"), document.questions().size(), inBank);
	}

	/**
	 * Refuses adding scenarios that would take the bank over its limit.
	 * @param what where they come from: a file's name, or {@link Said} words
	 */
	static void checkBank(Object what, int adding, int inBank) {
		if (inBank == 0 && adding > ContentLimits.MAX_BANK_SCENARIOS) {
			throw new AuthoringRefusedException(
					new Said("authoring.import-over-bank", what, adding, ContentLimits.MAX_BANK_SCENARIOS));
		}
		if (inBank + adding > ContentLimits.MAX_BANK_SCENARIOS) {
			throw new AuthoringRefusedException(
					new Said("authoring.import-fills-bank", inBank, what, adding, ContentLimits.MAX_BANK_SCENARIOS));
		}
	}

	/**
	 * Refuses GIFT questions whose scenarios hold a text longer than a draft keeps, each
	 * named by its question number and the line of the question or answer.
	 */
	static void checkGiftLengths(List<GiftQuestion> questions, List<ScenarioContent> scenarios) {
		List<String> problems = new ArrayList<>();
		for (int i = 0; i < scenarios.size(); i++) {
			GiftQuestion question = questions.get(i);
			for (TooLong found : tooLong(DraftScenario.Content.of(scenarios.get(i)))) {
				int line = (found.option() > 0 && found.option() <= question.answers().size())
						? question.answers().get(found.option() - 1).line() : question.line();
				problems.add("question " + (i + 1) + ", line " + line + ": " + found);
			}
		}
		if (!problems.isEmpty()) {
			throw new AuthoringRefusedException(new Said("authoring.import-too-long", problems.size()), problems);
		}
	}

	/** Refuses a scenario holding a text longer than a draft keeps, naming the field. */
	static void checkLengths(DraftScenario.Content content) {
		List<String> problems = tooLong(content).stream().map(TooLong::toString).toList();
		if (!problems.isEmpty()) {
			throw new AuthoringRefusedException(new Said("authoring.save-too-long", String.join("; ", problems)),
					problems);
		}
	}

	/** Each text of the scenario longer than its column. */
	static List<TooLong> tooLong(DraftScenario.Content content) {
		List<TooLong> found = new ArrayList<>();
		over("the id", 0, content.key(), DraftLimits.KEY_LENGTH, found);
		over("the title", 0, content.title(), DraftLimits.TITLE_LENGTH, found);
		over("the situation", 0, content.situation(), CatalogLimits.MARKDOWN_LENGTH, found);
		over("the prompt", 0, content.prompt(), DraftScenario.PROMPT_LENGTH, found);
		over("the list of traits", 0, String.join(",", content.traits()), DraftScenario.TRAITS_LENGTH, found);
		over("the essay cited", 0, content.sourceEssay(), DraftScenario.SOURCE_LENGTH, found);
		over("the essay point cited", 0, content.sourcePoint(), DraftScenario.SOURCE_LENGTH, found);
		for (int i = 0; i < content.options().size(); i++) {
			DraftScenario.Option option = content.options().get(i);
			over("option " + (i + 1), i + 1, option.text(), DraftScenario.OPTION_TEXT_LENGTH, found);
			over("the feedback of option " + (i + 1), i + 1, option.feedback(), DraftScenario.FEEDBACK_LENGTH, found);
		}
		return found;
	}

	private static void over(String what, int option, String text, int limit, List<TooLong> found) {
		if (text != null && text.length() > limit) {
			found.add(new TooLong(what, option, text.length(), limit));
		}
	}

	private static String number(int n) {
		return String.format(Locale.ENGLISH, "%,d", n);
	}

	/**
	 * A text longer than its column.
	 *
	 * @param what the field, in words
	 * @param option the option's number (from 1), or 0 when not an option's
	 * @param length its length in characters
	 * @param limit the most the column keeps
	 */
	record TooLong(String what, int option, int length, int limit) {

		@Override
		public String toString() {
			return this.what + " is " + number(this.length) + " characters long; a draft keeps at most "
					+ number(this.limit);
		}

	}

}
