package org.servewell.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How a course version's scenario quiz is drawn and passed. Part of the published
 * version, so a learner's attempt is always judged by the rules it started under.
 */
@Embeddable
public class Quiz {

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

	public Quiz(int scenariosPerAttempt, int passMark, int attemptsAllowed, boolean shuffleOptions) {
		this.scenariosPerAttempt = scenariosPerAttempt;
		this.passMark = passMark;
		this.attemptsAllowed = attemptsAllowed;
		this.shuffleOptions = shuffleOptions;
	}

	public int getScenariosPerAttempt() {
		return this.scenariosPerAttempt;
	}

	public int getPassMark() {
		return this.passMark;
	}

	public int getAttemptsAllowed() {
		return this.attemptsAllowed;
	}

	public boolean isShuffleOptions() {
		return this.shuffleOptions;
	}

}
