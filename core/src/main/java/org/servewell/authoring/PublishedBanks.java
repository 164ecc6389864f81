package org.servewell.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.servewell.catalog.CourseVersions;
import org.servewell.catalog.VersionSummary;
import org.servewell.content.CourseContent;

import org.springframework.stereotype.Component;

/**
 * The newest published version of every other course, for checking a draft's scenarios
 * against the banks learners already meet. Published versions never change, so each is
 * read once and kept; the newest version number is looked up on every call, so a version
 * published on another instance counts at once. Callers hold the transaction and check
 * roles.
 */
@Component
class PublishedBanks {

	private final CourseVersions versions;

	private final Map<String, CourseContent> read = new ConcurrentHashMap<>();

	PublishedBanks(CourseVersions versions) {
		this.versions = versions;
	}

	/** The newest published version of each course other than {@code courseCode}. */
	List<CourseContent> otherThan(String courseCode) {
		List<CourseContent> others = new ArrayList<>();
		for (String code : this.versions.courseCodes()) {
			if (code.equals(courseCode)) {
				continue;
			}
			List<VersionSummary> published = this.versions.versions(code);
			if (!published.isEmpty()) {
				int newest = published.getLast().number();
				CourseContent content = this.read.computeIfAbsent(code + "#" + newest,
						(key) -> this.versions.content(code, newest).orElse(null));
				if (content != null) {
					others.add(content);
				}
			}
		}
		return others;
	}

}
