package org.servewell.authoring;

import java.util.List;
import java.util.Map;

import org.servewell.authoring.domain.CourseDraft;
import org.servewell.catalog.CourseVersions;
import org.servewell.catalog.VersionSummary;
import org.servewell.content.ContentException;
import org.servewell.content.ContentProblem;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.CourseArchive;
import org.servewell.content.CourseContent;
import org.servewell.content.CourseFiles;
import org.servewell.content.CourseWriter;
import org.servewell.people.Roles;
import org.servewell.shared.Said;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A course in and out of the studio as a zip of its content folder, for authors who edit
 * files and for moving a course between installations.
 */
@Service
public class CourseTransferService {

	private final Drafts drafts;

	private final CourseVersions versions;

	private final ContentSource contentSource;

	private final CourseHistory history;

	CourseTransferService(Drafts drafts, CourseVersions versions, ContentSource contentSource, CourseHistory history) {
		this.drafts = drafts;
		this.versions = versions;
		this.contentSource = contentSource;
		this.history = history;
	}

	/**
	 * The course as a zip in the content format: its draft when it has one, otherwise its
	 * newest version.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public CourseExport exportCourse(String courseCode) {
		Drafts.Latest latest = this.drafts.latest(courseCode);
		String suffix = (latest.version() == null) ? "draft" : "v" + latest.version();
		return new CourseExport(courseCode + "-" + suffix + ".zip",
				CourseArchive.zip(CourseWriter.write(latest.content())));
	}

	/**
	 * Imports a course folder zipped as {@link #exportCourse} writes it: checked first
	 * with the content reader, then it becomes the course's draft (or a new course's
	 * draft). Anything wrong refuses the whole import with every problem listed; nothing
	 * changes.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView importCourse(byte[] zip, String fileName) {
		CourseContent content;
		try {
			CourseFiles files = CourseArchive.unzip(zip, fileName);
			content = ContentReader.readCourse(files.over(this.contentSource), files.courseId());
		}
		catch (ContentException ex) {
			throw new AuthoringRefusedException(new Said("authoring.import-problems", fileName, ex.problems().size()),
					ex.problems().stream().map(ContentProblem::toString).toList());
		}
		ImportLimits.checkBank(fileName, content.scenarios().size(), 0);
		Map<String, String> elsewhere = this.versions.scenarioIdsOfOtherCourses(content.id());
		List<String> clashes = content.scenarios()
			.stream()
			.filter((scenario) -> elsewhere.containsKey(scenario.id()))
			.map((scenario) -> DraftCheck.usedElsewhere(scenario.id(), elsewhere.get(scenario.id())))
			.toList();
		if (!clashes.isEmpty()) {
			throw new AuthoringRefusedException(new Said("authoring.import-problems", fileName, clashes.size()),
					clashes);
		}
		if (this.drafts.find(content.id()).isPresent()) {
			throw new AuthoringRefusedException(new Said("authoring.draft-exists", content.id()));
		}
		List<VersionSummary> published = this.versions.versions(content.id());
		CourseDraft draft = this.drafts.startFrom(content, published.isEmpty() ? null : published.getLast().number());
		this.history.record(content.id(), "IMPORTED", "Imported " + fileName + " as " + (published.isEmpty()
				? "a new course." : "a draft of version " + (published.getLast().number() + 1) + "."));
		return this.drafts.view(draft);
	}

}
