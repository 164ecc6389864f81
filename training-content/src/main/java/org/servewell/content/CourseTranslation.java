package org.servewell.content;

import java.util.List;
import java.util.Optional;

/**
 * A course's words in another language: the same lessons, scenarios and options, keyed as
 * in the original, with translated text. Ratings, traits, sources and quiz settings are
 * the original's and are not repeated. A translation read from content files is complete;
 * one carried forward by the studio to a changed course may leave out what changed, and
 * the reader sees the original's words there.
 *
 * @param language the language tag, such as "de"
 * @param title the course title
 * @param summary the course summary
 * @param audience who the course is for
 * @param lessons translated lessons, by the original's lesson id
 * @param scenarios translated scenarios, by the original's scenario id
 */
public record CourseTranslation(String language, String title, String summary, String audience,
		List<LessonTranslation> lessons, List<ScenarioTranslation> scenarios) {

	public CourseTranslation {
		lessons = List.copyOf(lessons);
		scenarios = List.copyOf(scenarios);
	}

	/** Whether it translates every lesson and scenario of the course. */
	public boolean isComplete(CourseContent course) {
		return course.lessons().stream().allMatch((lesson) -> lesson(lesson.id()).isPresent())
				&& course.scenarios().stream().allMatch((scenario) -> scenario(scenario.id()).isPresent());
	}

	/** The translation of the lesson with this id, if it has one. */
	public Optional<LessonTranslation> lesson(String lessonId) {
		return this.lessons.stream().filter((lesson) -> lesson.lessonId().equals(lessonId)).findFirst();
	}

	/** The translation of the scenario with this id, if it has one. */
	public Optional<ScenarioTranslation> scenario(String scenarioId) {
		return this.scenarios.stream().filter((scenario) -> scenario.scenarioId().equals(scenarioId)).findFirst();
	}

	/**
	 * One lesson in the translation's language.
	 *
	 * @param lessonId the original lesson's id
	 * @param title the lesson title
	 * @param markdown the lesson text
	 */
	public record LessonTranslation(String lessonId, String title, String markdown) {
	}

	/**
	 * One scenario in the translation's language.
	 *
	 * @param scenarioId the original scenario's id
	 * @param title short title
	 * @param situation what is happening, as Markdown
	 * @param prompt the question
	 * @param options the options' words, in the original's order
	 */
	public record ScenarioTranslation(String scenarioId, String title, String situation, String prompt,
			List<OptionTranslation> options) {

		public ScenarioTranslation {
			options = List.copyOf(options);
		}

	}

	/**
	 * One option's words in the translation's language.
	 *
	 * @param text what the person does
	 * @param feedback why it is rated as it is
	 */
	public record OptionTranslation(String text, String feedback) {
	}

}
