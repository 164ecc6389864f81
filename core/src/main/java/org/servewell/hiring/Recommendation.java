package org.servewell.hiring;

/**
 * An interviewer's overall recommendation: four points and no neutral one, so that every
 * interviewer comes down on one side.
 */
public enum Recommendation {

	STRONG_NO("Strong no"), NO("No"), YES("Yes"), STRONG_YES("Strong yes");

	private final String label;

	Recommendation(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether the recommendation is to hire. */
	public boolean inFavour() {
		return this == YES || this == STRONG_YES;
	}

}
