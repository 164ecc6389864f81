/**
 * The demo organisation: departments, managers and learners with a year of training
 * behind them, candidates at every stage of hiring with their interview panels'
 * scorecards, hires who went on to onboarding, and the reminders sent, generated from a
 * seed. The demo profile runs it at start; the benchmarks run the same generator for a
 * company of 100,000 learners.
 */
// A leaf: nothing depends on it. It writes straight through JDBC batches into every
// feature's tables (see docs/decisions/0017-demo-organisation-generator.md), so it
// needs no feature's service, only the demo accounts' names (people) and the quiz score
// formula (content), so that a generated attempt scores as a real one would.
@org.springframework.modulith.ApplicationModule(displayName = "Demo organisation",
		allowedDependencies = { "content", "people", "shared" })
package org.servewell.demo;
