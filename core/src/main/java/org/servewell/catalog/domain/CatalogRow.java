package org.servewell.catalog.domain;

import java.time.Instant;

/**
 * A course's newest version as the catalogue query returns it.
 */
public record CatalogRow(String code, int versionNumber, String title, String summary, String audience,
		int estimatedMinutes, int lessonCount, int scenarioCount, Instant publishedAt) {
}
