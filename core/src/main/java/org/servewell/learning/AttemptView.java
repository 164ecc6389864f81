package org.servewell.learning;

import java.util.List;

/**
 * A quiz attempt as the learner takes it: the drawn scenarios with their options in the
 * shown order and the options chosen so far. It holds no ratings, best answers or
 * feedback: those come only with the result.
 *
 * @param attemptId the attempt
 * @param courseCode the course's id
 * @param courseTitle the course's title in the attempt's version
 * @param attemptNumber 1, 2, ...
 * @param attemptsAllowed attempts in all
 * @param questions the drawn scenarios in order
 * @param language the language the course's words are in, such as "de"
 */
public record AttemptView(long attemptId, String courseCode, String courseTitle, int attemptNumber, int attemptsAllowed,
		List<Question> questions, String language) {

	/** How many questions have an answer. */
	public long answered() {
		return this.questions.stream().filter((question) -> question.chosenOptionId() != null).count();
	}

	/**
	 * The attempt with a stored answer in place, as the server now holds it, without
	 * reading it again.
	 */
	public AttemptView with(SavedAnswer saved) {
		List<Question> updated = this.questions.stream()
			.map((question) -> (question.itemId() == saved.itemId())
					? new Question(question.itemId(), question.number(), question.title(), question.situation(),
							question.prompt(), question.choices(), saved.optionId())
					: question)
			.toList();
		return new AttemptView(this.attemptId, this.courseCode, this.courseTitle, this.attemptNumber,
				this.attemptsAllowed, updated, this.language);
	}

	/**
	 * @param itemId the attempt item, to save an answer to
	 * @param number 1-based
	 * @param title the scenario's title
	 * @param situation Markdown (render it sanitised)
	 * @param prompt the question
	 * @param choices the options in the order shown
	 * @param chosenOptionId the option chosen so far, or null
	 */
	public record Question(long itemId, int number, String title, String situation, String prompt, List<Choice> choices,
			Long chosenOptionId) {
	}

	/**
	 * @param optionId the option
	 * @param text what the person would do
	 */
	public record Choice(long optionId, String text) {
	}

}
