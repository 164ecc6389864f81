package org.servewell.learning;

import java.time.Instant;

/**
 * One attempt in a learner's history.
 *
 * @param attemptId the attempt
 * @param attemptNumber 1, 2, ...
 * @param versionNumber the course version it used
 * @param startedAt when it started
 * @param submittedAt when it was submitted, or null while in progress
 * @param scorePercent its score, or null while in progress
 * @param passed whether it passed, or null while in progress
 */
public record AttemptSummary(long attemptId, int attemptNumber, int versionNumber, Instant startedAt,
		Instant submittedAt, Integer scorePercent, Boolean passed) {
}
