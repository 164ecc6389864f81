package org.servewell.authoring;

import java.time.Instant;
import java.util.List;

import org.servewell.catalog.VersionSummary;

/**
 * A course in the studio's list: its published versions and its draft, if any.
 *
 * @param code the course
 * @param title the newest title (the draft's when there is one)
 * @param versions published versions, oldest first
 * @param draftUpdatedAt when the draft last changed, or null when there is no draft
 * @param draftUpdatedBy who changed it
 */
public record StudioCourse(String code, String title, List<VersionSummary> versions, Instant draftUpdatedAt,
		String draftUpdatedBy) {

	public StudioCourse {
		versions = List.copyOf(versions);
	}

	public boolean hasDraft() {
		return this.draftUpdatedAt != null;
	}

}
