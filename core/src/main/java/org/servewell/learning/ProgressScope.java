package org.servewell.learning;

/**
 * Whose progress the signed-in person sees.
 */
public enum ProgressScope {

	/** Everyone who can sign in: trainers, HR and administrators. */
	EVERYONE,

	/** Only the people who report to them: managers. */
	TEAM

}
