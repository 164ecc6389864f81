package org.servewell.testsupport;

import org.servewell.catalog.bank.BankVersion;
import org.servewell.learning.AttemptResult;
import org.servewell.learning.AttemptService;
import org.servewell.learning.AttemptView;
import org.servewell.learning.LearnerService;
import org.servewell.people.Roles;

/**
 * Takes a course as a learner would, for tests that need a real completion.
 */
public final class TestLearners {

	private TestLearners() {
	}

	/**
	 * Reads every lesson of the course's {@code version}, then answers every quiz
	 * question with its best option and submits, as {@code email}.
	 * @return the submitted attempt's result, which names the completion
	 */
	public static AttemptResult completeWithBestAnswers(LearnerService learner, AttemptService attempts, String email,
			String courseCode, BankVersion version) {
		for (BankVersion.BankLesson lesson : version.lessons()) {
			SignedIn.run(email, () -> learner.markRead(courseCode, lesson.number()), Roles.LEARNER);
		}
		return passWithBestAnswers(attempts, email, courseCode, version);
	}

	/**
	 * Answers every quiz question of the course's {@code version} with its best option
	 * and submits, as {@code email}, reading no lesson.
	 * @return the submitted attempt's result
	 */
	public static AttemptResult passWithBestAnswers(AttemptService attempts, String email, String courseCode,
			BankVersion version) {
		AttemptView view = SignedIn.as(email, () -> attempts.startOrResume(courseCode), Roles.LEARNER);
		for (AttemptView.Question question : view.questions()) {
			long anyOption = question.choices().get(0).optionId();
			long best = version.scenarios()
				.stream()
				.filter((scenario) -> scenario.options().stream().anyMatch((option) -> option.id() == anyOption))
				.findFirst()
				.orElseThrow()
				.best()
				.id();
			SignedIn.run(email, () -> attempts.saveAnswer(view.attemptId(), question.itemId(), best), Roles.LEARNER);
		}
		return SignedIn.as(email, () -> attempts.submit(view.attemptId()), Roles.LEARNER);
	}

}
