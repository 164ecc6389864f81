package org.servewell.learning;

import java.util.List;

/**
 * A submitted attempt with feedback on every scenario.
 *
 * @param attemptId the attempt
 * @param courseCode the course's id
 * @param courseTitle its title in the attempt's version
 * @param attemptNumber 1, 2, ...
 * @param scorePercent the score
 * @param passMark the percentage needed
 * @param passed whether it passed
 * @param attemptsLeft attempts the learner still has
 * @param completionId the completion this pass earned (with its certificate), or null
 * @param questions feedback per scenario
 * @param language the language the course's words are in, such as "de"
 */
public record AttemptResult(long attemptId, String courseCode, String courseTitle, int attemptNumber, int scorePercent,
		int passMark, boolean passed, int attemptsLeft, Long completionId, List<QuestionFeedback> questions,
		String language) {

	/**
	 * @param number 1-based
	 * @param title the scenario's title
	 * @param prompt the question
	 * @param chosenText the option chosen, or null when unanswered
	 * @param chosenFeedback why that option works or not, or null
	 * @param chosenRating its effectiveness 1-4, or null
	 * @param chosenBest whether it was the best option
	 * @param bestText the best option
	 * @param bestFeedback why it is best
	 * @param traits the names of the traits the scenario exercises
	 */
	public record QuestionFeedback(int number, String title, String prompt, String chosenText, String chosenFeedback,
			Integer chosenRating, boolean chosenBest, String bestText, String bestFeedback, List<String> traits) {
	}

}
