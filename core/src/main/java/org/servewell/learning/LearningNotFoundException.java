package org.servewell.learning;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * The course, attempt or certificate asked for does not exist for this person. The same
 * answer is given when it exists but belongs to someone else, so that ids cannot be
 * probed.
 */
public class LearningNotFoundException extends Refusal.NotFound {

	public LearningNotFoundException(String message) {
		super(message);
	}

	/**
	 * Refused in words of the {@code messages/refusals} bundle, readable in each
	 * language.
	 */
	public LearningNotFoundException(Said said) {
		super(said);
	}

}
