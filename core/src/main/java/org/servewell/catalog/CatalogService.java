package org.servewell.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.servewell.catalog.domain.CatalogRow;
import org.servewell.catalog.domain.CourseVersionRepository;
import org.servewell.catalog.domain.OnboardingPath;
import org.servewell.catalog.domain.OnboardingPathRepository;
import org.servewell.catalog.domain.ServiceTraitRepository;
import org.servewell.people.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What courses Servewell offers, the onboarding paths they make up, and the service-trait
 * model they train.
 */
@Service
public class CatalogService {

	private final CourseVersionRepository versions;

	private final ServiceTraitRepository traits;

	private final OnboardingPathRepository paths;

	CatalogService(CourseVersionRepository versions, ServiceTraitRepository traits, OnboardingPathRepository paths) {
		this.versions = versions;
		this.traits = traits;
		this.paths = paths;
	}

	/**
	 * Every course with its newest published version, in catalogue order. Open to
	 * everyone signed in.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public List<CourseSummary> listCourses() {
		return listCourses(null);
	}

	/**
	 * Every course with its newest published version, in catalogue order, with its title,
	 * summary and audience in the reader's language where the version is translated into
	 * it. Open to everyone signed in.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public List<CourseSummary> listCourses(Locale reader) {
		Map<String, Object[]> translated = new HashMap<>();
		if (reader != null) {
			for (Object[] words : this.versions.findNewestTranslations(reader.getLanguage())) {
				translated.put((String) words[0], words);
			}
		}
		return this.versions.findNewestVersions().stream().map((row) -> {
			Object[] words = translated.get(row.code());
			return (words == null)
					? new CourseSummary(row.code(), row.versionNumber(), row.title(), row.summary(), row.audience(),
							row.estimatedMinutes(), row.lessonCount(), row.scenarioCount(), row.publishedAt())
					: new CourseSummary(row.code(), row.versionNumber(), (String) words[1], (String) words[2],
							(String) words[3], row.estimatedMinutes(), row.lessonCount(), row.scenarioCount(),
							row.publishedAt());
		}).toList();
	}

	/** The service-trait model with each trait's anchors, in the model's order. */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public List<TraitSummary> listTraits() {
		return this.traits.findAllByOrderByDisplayOrderAsc()
			.stream()
			.map((trait) -> new TraitSummary(trait.getCode(), trait.getName(), trait.getDefinition(),
					trait.getAnchors(), trait.getSources()))
			.toList();
	}

	/**
	 * The courses that train a trait: those whose current version has scenarios
	 * exercising it, the most such scenarios first.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public List<String> coursesExercising(String traitCode) {
		return this.versions.countScenariosExercising(traitCode).stream().map((row) -> (String) row[0]).toList();
	}

	/**
	 * The onboarding paths with their courses, each course under its newest version's
	 * title.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public List<PathSummary> listPaths() {
		Map<String, String> titles = this.versions.findNewestVersions()
			.stream()
			.collect(Collectors.toMap(CatalogRow::code, CatalogRow::title));
		return this.paths.findAllByOrderByDisplayOrderAsc()
			.stream()
			.map((path) -> new PathSummary(path.getCode(), path.getTitle(), path.getSummary(), path.getAudience(),
					path.getSteps().stream().map((step) -> pathCourse(step, titles)).toList()))
			.toList();
	}

	private static PathSummary.PathCourse pathCourse(OnboardingPath.Step step, Map<String, String> titles) {
		String code = step.getCourse().getCode();
		return new PathSummary.PathCourse(code, titles.getOrDefault(code, code), step.getDueAfterDays());
	}

}
