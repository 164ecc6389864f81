package org.servewell.catalog;

import java.time.Instant;

/**
 * One published version of a course, as the studio lists it.
 *
 * @param courseCode the course
 * @param number the version number, from 1
 * @param title the course's title in this version
 * @param fromStudio whether trainers published it in the studio (otherwise it came from
 * the content files)
 * @param publishedAt when
 * @param publishedBy who, for studio versions
 * @param changeNote what changed, for studio versions
 * @param retiredAt when it was retired (no new attempts), or null
 * @param retiredBy who retired it, or null
 * @param lessons how many lessons it has
 * @param scenarios how many scenarios its bank has
 */
public record VersionSummary(String courseCode, int number, String title, boolean fromStudio, Instant publishedAt,
		String publishedBy, String changeNote, Instant retiredAt, String retiredBy, int lessons, int scenarios) {

	public boolean retired() {
		return this.retiredAt != null;
	}

}
