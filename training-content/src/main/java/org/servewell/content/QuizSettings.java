package org.servewell.content;

/**
 * How a course's scenario quiz is drawn from its bank and passed.
 *
 * @param scenariosPerAttempt scenarios drawn per attempt, at most the bank's size
 * @param passMark percent of the maximum credit needed to pass, 1-100
 * @param attemptsAllowed how many attempts a learner has, 1 or more
 * @param shuffleOptions whether options are shown in a new order per attempt
 */
public record QuizSettings(int scenariosPerAttempt, int passMark, int attemptsAllowed, boolean shuffleOptions) {
}
