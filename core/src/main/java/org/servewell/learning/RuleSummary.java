package org.servewell.learning;

import java.time.Instant;

/**
 * An assignment rule as listed.
 *
 * @param id the rule's id
 * @param department the department it matches, or null for any
 * @param jobRole the job role it matches, or null for any
 * @param gives what it assigns, for example "Path: Front-line onboarding"
 * @param dueAfterDays for a course: days after the start date
 * @param createdAt when it was made
 * @param peopleAssigned how many people it has assigned so far
 */
public record RuleSummary(long id, String department, String jobRole, String gives, int dueAfterDays, Instant createdAt,
		long peopleAssigned) {
}
