/**
 * Webhooks: administrators register URLs that Servewell tells when a course is completed
 * or a person is hired. Each event is written to an outbox in the transaction that caused
 * it; a scheduled job delivers it later, signed with the webhook's secret, and retries
 * with back-off.
 */
// Listens to learning's CourseCompleted and hiring's CandidateHired in their transactions
// (decision 0004) and reads the person from the directory; registering and deleting is
// written to the audit trail. No HTTP inside any transaction.
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks",
		allowedDependencies = { "learning", "hiring", "people", "people :: directory", "audit", "shared" })
package org.servewell.webhooks;
