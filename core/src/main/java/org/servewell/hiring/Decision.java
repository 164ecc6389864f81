package org.servewell.hiring;

/**
 * What HR decides about a candidate. The system tells the candidate nothing.
 */
public enum Decision {

	HIRE("Hire"), REJECT("Reject"), HOLD("Hold");

	private final String label;

	Decision(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
