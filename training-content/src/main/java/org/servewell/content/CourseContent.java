package org.servewell.content;

import java.util.List;

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
 */
public record CourseContent(String id, String title, String summary, String audience, List<LessonContent> lessons,
		String contentHash, QuizSettings quiz, List<ScenarioContent> scenarios, int renewAfterMonths) {

	public CourseContent {
		lessons = List.copyOf(lessons);
		scenarios = List.copyOf(scenarios);
	}

	/** How long the course takes, computed from its words (see {@link ReadingTime}). */
	public int estimatedMinutes() {
		return ReadingTime.minutes(this.lessons.stream().map(LessonContent::markdown).toList(),
				this.scenarios.stream().map(ReadingTime::text).toList(), this.quiz.scenariosPerAttempt());
	}

}
