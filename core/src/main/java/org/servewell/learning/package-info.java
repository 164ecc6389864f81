/**
 * Learning: assignments and onboarding paths, the course player, scenario quiz attempts
 * that never lose an answer, completions and certificates.
 */
// Quizzes need the answer keys: catalogue versions through the bank interface, not the
// catalogue's views; people and their managers from the directory; content's values (quiz
// settings, the option rating scale and its credit) so that a rule has one type
// everywhere.
@org.springframework.modulith.ApplicationModule(displayName = "Learning",
		allowedDependencies = { "catalog :: bank", "content", "people", "people :: directory", "shared" })
package org.servewell.learning;
