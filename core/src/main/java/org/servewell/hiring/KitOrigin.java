package org.servewell.hiring;

/**
 * Where an interview kit comes from, which decides who may change it.
 */
public enum KitOrigin {

	/** Bundled with the training content; changed only there, and copied by HR. */
	CONTENT("Bundled"),

	/** Copied by HR from another kit and adjusted in Servewell. */
	CUSTOM("Custom");

	private final String label;

	KitOrigin(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
