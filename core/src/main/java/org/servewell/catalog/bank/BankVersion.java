package org.servewell.catalog.bank;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.servewell.content.QuizSettings;

/**
 * A published course version with everything in it, answer keys included.
 *
 * @param versionId the version's id
 * @param courseId the course's id
 * @param courseCode the course's content id
 * @param versionNumber 1, 2, ...
 * @param title the course title in this version
 * @param summary what the course teaches, in this version's words
 * @param quiz how the quiz is drawn and passed
 * @param lessons the lessons in order
 * @param scenarios the scenario bank
 * @param renewAfterMonths months after which a completion expires; 0 for never
 * @param language the language of this version's words, such as "en"
 * @param translations the same version in other languages, by language tag: same ids,
 * numbers, ratings and traits, other words
 */
public record BankVersion(long versionId, long courseId, String courseCode, int versionNumber, String title,
		String summary, QuizSettings quiz, List<BankLesson> lessons, List<BankScenario> scenarios, int renewAfterMonths,
		String language, Map<String, BankVersion> translations) {

	public BankVersion {
		lessons = List.copyOf(lessons);
		scenarios = List.copyOf(scenarios);
		translations = Map.copyOf(translations);
	}

	/**
	 * This version in the reader's language when it has a translation into it (the full
	 * tag first, "pt-BR", then the language alone, "pt"), otherwise as written.
	 */
	public BankVersion in(Locale reader) {
		if (reader == null || this.language.equals(reader.toLanguageTag())) {
			return this;
		}
		BankVersion exact = this.translations.get(reader.toLanguageTag());
		return (exact != null) ? exact : this.translations.getOrDefault(reader.getLanguage(), this);
	}

	/** The scenario with this id, if it is in this version. */
	public BankScenario scenario(long scenarioId) {
		return this.scenarios.stream()
			.filter((scenario) -> scenario.id() == scenarioId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"Scenario " + scenarioId + " is not in version " + this.versionId));
	}

	/**
	 * @param number 1-based position
	 * @param title the lesson title
	 * @param markdown the lesson text
	 * @param sources the essays the lesson draws on, as a reader should see them named
	 */
	public record BankLesson(int number, String title, String markdown, List<LessonSource> sources) {

		public BankLesson {
			sources = List.copyOf(sources);
		}

	}

	/**
	 * An essay a lesson draws on.
	 *
	 * @param essay the essay named by its own title, author and date where it gives them
	 * @param points the essay's points the lesson teaches, in our words
	 */
	public record LessonSource(String essay, List<String> points) {

		public LessonSource {
			points = List.copyOf(points);
		}

	}

	/**
	 * @param id the scenario's id
	 * @param key the scenario's content id, unique within the version
	 * @param title short title
	 * @param situation Markdown
	 * @param prompt the question
	 * @param traits trait codes it exercises
	 * @param options options in file order
	 */
	public record BankScenario(long id, String key, String title, String situation, String prompt, List<String> traits,
			List<BankOption> options) {

		/** The option with this id. */
		public BankOption option(long optionId) {
			return this.options.stream()
				.filter((option) -> option.id() == optionId)
				.findFirst()
				.orElseThrow(
						() -> new IllegalArgumentException("Option " + optionId + " is not in scenario " + this.id));
		}

		/** The option rated best. */
		public BankOption best() {
			return this.options.stream().max(java.util.Comparator.comparingInt(BankOption::rating)).orElseThrow();
		}

	}

	/**
	 * @param id the option's id
	 * @param number 1-based position in the content file
	 * @param text what the person does
	 * @param rating effectiveness, 1 (makes it worse) to 4 (best)
	 * @param feedback why, in terms of the principle
	 */
	public record BankOption(long id, int number, String text, int rating, String feedback) {
	}

}
