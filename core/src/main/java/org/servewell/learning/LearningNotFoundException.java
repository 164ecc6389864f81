package org.servewell.learning;

import org.servewell.shared.Refusal;

/**
 * The course, attempt or certificate asked for does not exist for this person. The same
 * answer is given when it exists but belongs to someone else, so that ids cannot be
 * probed.
 */
public class LearningNotFoundException extends Refusal.NotFound {

	public LearningNotFoundException(String message) {
		super(message);
	}

}
