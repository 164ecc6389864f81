package org.servewell.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.servewell.authoring.domain.CourseDraft;
import org.servewell.catalog.CourseVersions;
import org.servewell.catalog.VersionSummary;
import org.servewell.people.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.servewell.catalog.CatalogLimits;
import org.servewell.shared.Said;

/**
 * A course's published versions: the studio's list of courses with their versions and
 * drafts, publishing a draft as the next immutable version, and retiring a version.
 */
@Service
public class PublishingService {

	private final Drafts drafts;

	private final DraftCheck check;

	private final CourseVersions versions;

	private final CourseHistory history;

	private final Keyings keyings;

	PublishingService(Drafts drafts, DraftCheck check, CourseVersions versions, CourseHistory history,
			Keyings keyings) {
		this.drafts = drafts;
		this.keyings = keyings;
		this.check = check;
		this.versions = versions;
		this.history = history;
	}

	/** Every course with its published versions and draft, and drafts of new courses. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public List<StudioCourse> courses() {
		Map<String, CourseDraft> byCode = new HashMap<>();
		this.drafts.all().forEach((draft) -> byCode.put(draft.getCourseCode(), draft));
		List<StudioCourse> courses = new ArrayList<>();
		for (String code : this.versions.courseCodes()) {
			List<VersionSummary> published = this.versions.versions(code);
			CourseDraft draft = byCode.remove(code);
			String title = (draft != null) ? draft.getDetails().title()
					: published.isEmpty() ? code : published.getLast().title();
			courses.add(new StudioCourse(code, title, published, (draft != null) ? draft.getUpdatedAt() : null,
					(draft != null) ? draft.getUpdatedBy() : null));
		}
		for (CourseDraft draft : byCode.values()) {
			courses.add(new StudioCourse(draft.getCourseCode(), draft.getDetails().title(), List.of(),
					draft.getUpdatedAt(), draft.getUpdatedBy()));
		}
		return courses;
	}

	/** A course's published versions, oldest first. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public List<VersionSummary> versions(String courseCode) {
		return this.versions.versions(courseCode);
	}

	/**
	 * Publishes the draft as the course's next version, with a note on what changed. The
	 * draft must have no problems; it is removed once published. New attempts use the new
	 * version; attempts in progress keep theirs; assignments are untouched. Who keyed it
	 * (the trainers who submitted a keying, or a single author) is kept with the version.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public VersionSummary publish(String courseCode, String changeNote) {
		String note = (changeNote != null) ? changeNote.strip() : "";
		if (note.isEmpty()) {
			throw new AuthoringRefusedException(new Said("authoring.change-note-missing"));
		}
		if (note.length() > CatalogLimits.CHANGE_NOTE_LENGTH) {
			throw new AuthoringRefusedException(
					new Said("authoring.change-note-too-long", note.length(), CatalogLimits.CHANGE_NOTE_LENGTH));
		}
		CourseDraft draft = this.drafts.of(courseCode);
		DraftCheck.Checked checked = this.check.check(draft);
		if (!checked.problems().isEmpty()) {
			throw new AuthoringRefusedException(new Said("authoring.draft-has-problems", checked.problems().size()));
		}
		VersionSummary published = this.versions.publish(checked.content().orElseThrow(), note, this.drafts.me());
		VersionKey key = this.keyings.recordVersionKey(draft, published.number());
		this.drafts.delete(draft);
		this.history.record(courseCode, "VERSION_KEYED", "Version " + published.number() + ": " + key.describe());
		this.history.record(courseCode, "PUBLISHED", "Published version " + published.number() + ": " + note);
		return published;
	}

	/** Retires a published version: no new attempts start on it. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public VersionSummary retire(String courseCode, int versionNumber) {
		VersionSummary retired = this.versions.retire(courseCode, versionNumber, this.drafts.me())
			.orElseThrow(() -> new AuthoringNotFoundException(
					new Said("authoring.version-missing", courseCode, versionNumber)));
		this.history.record(courseCode, "RETIRED",
				"Retired version " + versionNumber + ": no new attempts start on it.");
		return retired;
	}

}
