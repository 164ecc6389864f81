package org.servewell.authoring;

import java.util.List;

/**
 * Who is keying a draft, without anyone's ratings: what the studio shows any trainer, so
 * that it can say when a course would be published on a single author's key.
 *
 * @param courseCode the course whose draft is keyed
 * @param submitted trainers who submitted a keying, by name
 * @param inProgress trainers keying it who have not submitted yet, by name
 * @param mine where the signed-in trainer stands
 */
public record KeyingStatus(String courseCode, List<String> submitted, List<String> inProgress, Mine mine) {

	public KeyingStatus {
		submitted = List.copyOf(submitted);
		inProgress = List.copyOf(inProgress);
	}

	/** Whether the draft's key is its author's alone: nobody else submitted a keying. */
	public boolean singleAuthor() {
		return this.submitted.isEmpty();
	}

	/** Where the signed-in trainer stands with keying the draft. */
	public enum Mine {

		/** They have not started keying it. */
		NOT_STARTED,

		/** They are keying it: they see only their own ratings. */
		IN_PROGRESS,

		/** They submitted: they see the panel. */
		SUBMITTED

	}

}
