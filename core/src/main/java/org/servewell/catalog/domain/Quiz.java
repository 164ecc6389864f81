package org.servewell.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.servewell.content.QuizSettings;

/**
 * The columns that store a course version's {@link QuizSettings}, and the one place they
 * are mapped to and from it. Part of the published version, so a learner's attempt is
 * always judged by the rules it started under.
 */
@Embeddable
class Quiz {

	@Column(name = "scenarios_per_attempt")
	private int scenariosPerAttempt;

	@Column(name = "pass_mark")
	private int passMark;

	@Column(name = "attempts_allowed")
	private int attemptsAllowed;

	@Column(name = "shuffle_options")
	private boolean shuffleOptions;

	protected Quiz() {
	}

	static Quiz of(QuizSettings settings) {
		Quiz quiz = new Quiz();
		quiz.scenariosPerAttempt = settings.scenariosPerAttempt();
		quiz.passMark = settings.passMark();
		quiz.attemptsAllowed = settings.attemptsAllowed();
		quiz.shuffleOptions = settings.shuffleOptions();
		return quiz;
	}

	QuizSettings toSettings() {
		return new QuizSettings(this.scenariosPerAttempt, this.passMark, this.attemptsAllowed, this.shuffleOptions);
	}

}
