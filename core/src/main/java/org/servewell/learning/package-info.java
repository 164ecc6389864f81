/**
 * Learning: assignments and onboarding paths, the course player, scenario quiz attempts
 * that never lose an answer, completions and certificates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning")
package org.servewell.learning;
