package org.servewell.hiring;

/**
 * Where a candidate stands in screening.
 */
public enum CandidateStatus {

	/** Created, no interviewer assigned yet. */
	NEW("New"),

	/** At least one interviewer assigned, no decision yet. */
	INTERVIEWING("Interviewing"),

	/** HR recorded a decision. */
	DECIDED("Decided");

	private final String label;

	CandidateStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
