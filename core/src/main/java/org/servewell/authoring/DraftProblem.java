package org.servewell.authoring;

/**
 * One thing that stops a draft from being published, placed where the trainer fixes it.
 *
 * @param part which part of the draft
 * @param partId the lesson's or scenario's id in the draft, or null for the details
 * @param location the file and line it would be in an exported course, for authors who
 * edit files
 * @param message what is wrong and what to do
 */
public record DraftProblem(Part part, Long partId, String location, String message) {

	/** The parts of a draft. */
	public enum Part {

		/** Title, summary, quiz settings. */
		DETAILS,

		/** A lesson. */
		LESSON,

		/** A scenario. */
		SCENARIO

	}

}
