/**
 * Reports for the people who follow others' training and hiring: who is behind, how teams
 * do per service trait, how candidates move through hiring and whether interviews predict
 * learning.
 * <p>
 * Reports read several features' tables at once (people, assignments, completions,
 * attempts, scorecards, notifications), counted, filtered, sorted and paged in the
 * database in read-only SQL, and stream their CSV files row by row (decision 0014). Who
 * is in view is decided in one place, {@link org.servewell.reporting.ReportAudience}:
 * everyone for trainers, HR and administrators, a manager's own reports for a manager.
 */
// Course titles come from the catalogue's bank; the signed-in person and role constants
// from people; names from people's directory; a quiz answer's credit scale from content.
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
		allowedDependencies = { "catalog", "catalog :: bank", "content", "people", "people :: directory", "shared" })
package org.servewell.reporting;
