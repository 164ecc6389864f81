package org.servewell.learning;

import java.time.Instant;

/**
 * Confirms that an answer is stored.
 *
 * @param itemId the attempt item
 * @param optionId the chosen option
 * @param savedAt when the server stored it
 */
public record SavedAnswer(long itemId, long optionId, Instant savedAt) {
}
