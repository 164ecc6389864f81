/**
 * Learning: assignments and onboarding paths, the course player, scenario quiz attempts
 * that never lose an answer, completions and certificates.
 */
// Quizzes need the answer keys: catalogue versions through the bank interface; people and
// their managers from the directory; content's values (quiz settings, the option rating
// scale and its credit) so that a rule has one type everywhere. Learning reacts to a hire
// (hiring's CandidateHired) with courses for the weakest traits, chosen by the paths'
// audiences and the courses that train a trait: the catalogue's own API. A withdrawn
// completion is recorded in the audit trail.
@org.springframework.modulith.ApplicationModule(displayName = "Learning", allowedDependencies = { "audit", "catalog",
		"catalog :: bank", "content", "hiring", "people", "people :: directory", "shared" })
package org.servewell.learning;
