package org.servewell.authoring;

import java.time.Instant;
import java.util.List;

import org.servewell.content.EssayCitation;
import org.servewell.content.OptionContent;
import org.servewell.content.QuizSettings;
import org.servewell.content.ReadingTime;

/**
 * A course's draft as the studio shows it, with every problem the content reader finds.
 *
 * @param courseCode the course
 * @param basedOnVersion the published version it was copied from, or null for a new
 * course
 * @param details title, summary, quiz settings and their version
 * @param lessons lessons in reading order
 * @param scenarios the scenario bank in order
 * @param problems what must be fixed before publishing; empty when it can be published
 * @param updatedAt when the draft's details last changed
 * @param updatedBy who changed them
 * @param ratingsHidden whether the signed-in trainer is keying the draft and has not
 * submitted yet: every option then shows rating 0 and no feedback, so that they key it
 * blind, and the studio refuses what would show the ratings (saving a scenario,
 * exporting, the bank health)
 */
public record DraftView(String courseCode, Integer basedOnVersion, Details details, List<Lesson> lessons,
		List<Scenario> scenarios, List<DraftProblem> problems, Instant updatedAt, String updatedBy,
		boolean ratingsHidden) {

	public DraftView {
		lessons = List.copyOf(lessons);
		scenarios = List.copyOf(scenarios);
		problems = List.copyOf(problems);
	}

	/**
	 * How long the course would take, computed from the draft's words as the published
	 * course's is (see {@link ReadingTime}).
	 */
	public int estimatedMinutes() {
		return ReadingTime.minutes(this.lessons.stream().map(Lesson::markdown).toList(),
				this.scenarios.stream()
					.map((scenario) -> ReadingTime.text(scenario.situation(), scenario.prompt(), scenario.options()))
					.toList(),
				(this.details != null) ? this.details.quiz().scenariosPerAttempt() : 0);
	}

	/** Whether nothing stands in the way of publishing. */
	public boolean publishable() {
		return this.problems.isEmpty();
	}

	/** The problems about one part. */
	public List<DraftProblem> problemsOf(DraftProblem.Part part, Long partId) {
		return this.problems.stream()
			.filter((problem) -> problem.part() == part && (partId == null || partId.equals(problem.partId())))
			.toList();
	}

	/**
	 * The problems a lesson still has once saved: found by its id, or for a new lesson
	 * (id 0) by the ids of the lessons with its key.
	 */
	public List<DraftProblem> problemsOfSavedLesson(long id, String key) {
		return problemsOfSaved(DraftProblem.Part.LESSON, id,
				this.lessons.stream().filter((lesson) -> lesson.key().equals(key.strip())).map(Lesson::id).toList());
	}

	/**
	 * The problems a scenario still has once saved: found by its id, or for a new
	 * scenario (id 0) by the ids of the scenarios with its key.
	 */
	public List<DraftProblem> problemsOfSavedScenario(long id, String key) {
		return problemsOfSaved(DraftProblem.Part.SCENARIO, id,
				this.scenarios.stream()
					.filter((scenario) -> scenario.key().equals(key.strip()))
					.map(Scenario::id)
					.toList());
	}

	private List<DraftProblem> problemsOfSaved(DraftProblem.Part part, long id, List<Long> sameKey) {
		return this.problems.stream()
			.filter((problem) -> problem.part() == part && problem.partId() != null
					&& ((id != 0) ? problem.partId() == id : sameKey.contains(problem.partId())))
			.toList();
	}

	/**
	 * A course's details and quiz settings.
	 *
	 * @param title shown to learners
	 * @param summary one or two sentences
	 * @param audience who it is for
	 * @param quiz how the quiz is drawn and passed
	 * @param renewAfterMonths months until a completion expires; 0 for never
	 * @param version the version the editor read, to refuse a stale save
	 */
	public record Details(String title, String summary, String audience, QuizSettings quiz, int renewAfterMonths,
			long version) {
	}

	/**
	 * A lesson of the draft.
	 *
	 * @param id the lesson's id in the draft; 0 for a new lesson
	 * @param key the lesson's id in the content format (its file name without .md)
	 * @param title shown in the outline
	 * @param markdown the lesson text
	 * @param sources the essay points it teaches
	 * @param version the version the editor read
	 * @param updatedAt when it last changed
	 * @param updatedBy who changed it
	 */
	public record Lesson(long id, String key, String title, String markdown, List<EssayCitation> sources, long version,
			Instant updatedAt, String updatedBy) {

		public Lesson {
			sources = List.copyOf(sources);
		}

	}

	/**
	 * A scenario of the draft's bank.
	 *
	 * @param id the scenario's id in the draft; 0 for a new scenario
	 * @param key the scenario's id in the content format, unique across courses
	 * @param title short name
	 * @param situation Markdown
	 * @param prompt the question put to the learner
	 * @param traits trait ids
	 * @param source the essay point behind it, or null
	 * @param options responses with rating (0 when not yet rated) and feedback
	 * @param version the version the editor read
	 * @param updatedAt when it last changed
	 * @param updatedBy who changed it
	 */
	public record Scenario(long id, String key, String title, String situation, String prompt, List<String> traits,
			EssayCitation source, List<OptionContent> options, long version, Instant updatedAt, String updatedBy) {

		public Scenario {
			traits = List.copyOf(traits);
			options = List.copyOf(options);
		}

	}

}
