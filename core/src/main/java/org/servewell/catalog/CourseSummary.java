package org.servewell.catalog;

import java.time.Instant;

/**
 * A course as the catalogue lists it: its newest published version.
 *
 * @param code the course's stable id
 * @param versionNumber the newest version's number
 * @param title shown to learners
 * @param summary what the course teaches
 * @param audience who it is for
 * @param estimatedMinutes roughly how long it takes
 * @param lessonCount lessons in the newest version
 * @param scenarioCount scenarios in the newest version's bank
 * @param publishedAt when the newest version was published
 */
public record CourseSummary(String code, int versionNumber, String title, String summary, String audience,
		int estimatedMinutes, int lessonCount, int scenarioCount, Instant publishedAt) {
}
