package org.servewell.people;

/**
 * Someone else saved the same record since it was opened; nothing was overwritten.
 */
public class StaleEditException extends RuntimeException {

	public StaleEditException(String message) {
		super(message);
	}

}
