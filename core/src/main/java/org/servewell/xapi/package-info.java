/**
 * xAPI: learning activity (lessons read, quiz attempts, scenarios answered, quizzes
 * passed or failed, courses completed, certificates earned, and completions withdrawn as
 * voided statements) sent as xAPI 1.0.3 statements to an organisation's learning record
 * store (LRS). Each statement is written to an outbox in the transaction that caused it,
 * and only while an administrator has set and enabled an LRS; a scheduled job sends them
 * in batches and retries with back-off.
 */
// Listens to learning's events in their transactions (decision 0004) and reads the
// learner's name and email from the directory; setting the LRS is written to the audit
// trail. No HTTP inside any transaction.
@org.springframework.modulith.ApplicationModule(displayName = "xAPI",
		allowedDependencies = { "learning", "people", "people :: directory", "audit", "shared" })
package org.servewell.xapi;
