package org.servewell.content;

import java.util.List;
import java.util.Optional;

/**
 * One course as its folder describes it.
 *
 * @param id stable identifier, also the folder name
 * @param title shown to learners
 * @param summary one or two sentences on what the course teaches
 * @param audience who the course is for
 * @param lessons the lessons in reading order
 * @param contentHash SHA-256 over every file of the course (manifest, lessons, scenario
 * bank); unchanged content keeps its hash
 * @param quiz how the scenario quiz is drawn and passed
 * @param scenarios the course's scenario bank, in file order
 * @param renewAfterMonths months after which a completion expires and the course is due
 * again; 0 for never
 * @param language the language the course is written in, such as "en"
 * @param translations the course in other languages, each with its own language
 */
public record CourseContent(String id, String title, String summary, String audience, List<LessonContent> lessons,
		String contentHash, QuizSettings quiz, List<ScenarioContent> scenarios, int renewAfterMonths, String language,
		List<CourseTranslation> translations) {

	public CourseContent {
		lessons = List.copyOf(lessons);
		scenarios = List.copyOf(scenarios);
		translations = List.copyOf(translations);
	}

	/** A course in {@value ContentLanguage#DEFAULT} with no translations. */
	public CourseContent(String id, String title, String summary, String audience, List<LessonContent> lessons,
			String contentHash, QuizSettings quiz, List<ScenarioContent> scenarios, int renewAfterMonths) {
		this(id, title, summary, audience, lessons, contentHash, quiz, scenarios, renewAfterMonths,
				ContentLanguage.DEFAULT, List.of());
	}

	/** The translation into this language, if the course has one. */
	public Optional<CourseTranslation> translation(String language) {
		return this.translations.stream().filter((translation) -> translation.language().equals(language)).findFirst();
	}

	/** The same course, declared as written in this language. */
	public CourseContent inLanguage(String written) {
		return new CourseContent(this.id, this.title, this.summary, this.audience, this.lessons, this.contentHash,
				this.quiz, this.scenarios, this.renewAfterMonths, written, this.translations);
	}

	/** The same course with these translations in place of its own. */
	public CourseContent withTranslations(List<CourseTranslation> replacement) {
		return new CourseContent(this.id, this.title, this.summary, this.audience, this.lessons, this.contentHash,
				this.quiz, this.scenarios, this.renewAfterMonths, this.language, replacement);
	}

	/** How long the course takes, computed from its words (see {@link ReadingTime}). */
	public int estimatedMinutes() {
		return ReadingTime.minutes(this.lessons.stream().map(LessonContent::markdown).toList(),
				this.scenarios.stream().map(ReadingTime::text).toList(), this.quiz.scenariosPerAttempt());
	}

}
