/**
 * What every feature shares: the kinds of refusal a service answers with (not allowed,
 * not found, stale, invalid), so that web shows any of them in one place, and the one
 * reading of a persistence failure that web needs (the database is not answering), so
 * that persistence types never leave core; SHA-256 in hex for stored secrets and content
 * fingerprints; Krippendorff's alpha, the one agreement statistic hiring (interviewers
 * over candidates) and authoring (trainers keying a scenario bank) both report; the
 * random secrets handed to other systems; how another organisation's system answered a
 * request an outbox sent it; the database lock that makes scheduled jobs and start-up
 * work run on one instance of Servewell at a time; and the languages core writes mails,
 * certificates and refusals in, with the bundles of their words.
 */
// Depends on no feature; every feature and web may use it. All its types sit in this root
// package, so it is all API and need not be an open module.
@org.springframework.modulith.ApplicationModule(displayName = "Shared", allowedDependencies = {})
package org.servewell.shared;
