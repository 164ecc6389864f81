package org.servewell.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.servewell.catalog.domain.Course;
import org.servewell.catalog.domain.CourseRepository;
import org.servewell.catalog.domain.CourseVersion;
import org.servewell.catalog.domain.CourseVersionRepository;
import org.servewell.catalog.domain.Lesson;
import org.servewell.catalog.domain.Scenario;
import org.servewell.catalog.domain.ServiceTrait;
import org.servewell.catalog.domain.Words;
import org.servewell.content.CourseContent;
import org.servewell.content.CourseTranslation;
import org.servewell.content.EssayCitation;
import org.servewell.content.KeptTranslations;
import org.servewell.content.LessonContent;
import org.servewell.content.OptionContent;
import org.servewell.content.QuizSettings;
import org.servewell.content.ScenarioContent;
import org.servewell.people.Roles;

/**
 * Course versions for the authoring studio: reading a published version back as content,
 * publishing a checked course as the next version, and retiring a version. Published
 * versions never change; attempts keep the version they started on.
 */
@Service
public class CourseVersions {

	private final CourseRepository courses;

	private final CourseVersionRepository versions;

	private final ContentImport contentImport;

	private final Clock clock;

	CourseVersions(CourseRepository courses, CourseVersionRepository versions, ContentImport contentImport,
			Clock clock) {
		this.courses = courses;
		this.versions = versions;
		this.contentImport = contentImport;
		this.clock = clock;
	}

	/** Every course's code, in catalogue order. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public List<String> courseCodes() {
		return this.courses.findAll().stream().map(Course::getCode).toList();
	}

	/** A course's published versions, oldest first; empty for an unknown course. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public List<VersionSummary> versions(String courseCode) {
		return this.courses.findByCode(courseCode)
			.map((course) -> this.versions.findByCourseOrderByVersionNumberAsc(course)
				.stream()
				.map(CourseVersions::summary)
				.toList())
			.orElse(List.of());
	}

	/**
	 * A published version as content, as the files it was published from would hold it.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public Optional<CourseContent> content(String courseCode, int versionNumber) {
		return this.courses.findByCode(courseCode)
			.flatMap((course) -> this.versions.findByCourseAndVersionNumber(course, versionNumber))
			.map(CourseVersions::content);
	}

	/**
	 * The scenario ids the newest versions of other courses use, each with its course:
	 * scenario ids are unique across courses.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public Map<String, String> scenarioIdsOfOtherCourses(String courseCode) {
		Map<String, String> ids = new LinkedHashMap<>();
		for (Object[] row : this.versions.findNewestScenarioKeysExcept(courseCode)) {
			ids.put((String) row[0], (String) row[1]);
		}
		return ids;
	}

	/**
	 * Publishes checked content as the course's next version (creating the course if it
	 * is new). The caller has read it with the content reader.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public VersionSummary publish(CourseContent content, String changeNote, String publishedBy) {
		CourseContent translated = content;
		if (content.translations().isEmpty()) {
			// The studio edits the original only: the course keeps its language, and the
			// newest version's translations go on for every part whose original words
			// did not change.
			translated = this.courses.findByCode(content.id())
				.flatMap(this.versions::findFirstByCourseOrderByVersionNumberDesc)
				.map((newest) -> {
					CourseContent same = content.inLanguage(newest.getLanguage());
					return same.withTranslations(KeptTranslations.of(content(newest), same));
				})
				.orElse(content);
		}
		CourseVersion version = this.contentImport.publish(translated);
		version.publishedBy(publishedBy, changeNote, this.clock.instant());
		return summary(version);
	}

	/** Retires a version: no new attempts start on it; attempts in progress finish. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public Optional<VersionSummary> retire(String courseCode, int versionNumber, String retiredBy) {
		return this.courses.findByCode(courseCode)
			.flatMap((course) -> this.versions.findByCourseAndVersionNumber(course, versionNumber))
			.map((version) -> {
				version.retire(retiredBy, this.clock.instant());
				return summary(version);
			});
	}

	private static VersionSummary summary(CourseVersion version) {
		return new VersionSummary(version.getCourse().getCode(), version.getVersionNumber(), version.getTitle(),
				version.getOrigin() == CourseVersion.Origin.STUDIO, version.getPublishedAt(), version.getPublishedBy(),
				version.getChangeNote(), version.getRetiredAt(), version.getRetiredBy(), version.getLessons().size(),
				version.getScenarios().size());
	}

	private static CourseContent content(CourseVersion version) {
		List<LessonContent> lessons = new ArrayList<>();
		for (Lesson lesson : version.getLessons()) {
			lessons.add(new LessonContent(lesson.getLessonKey(), lesson.getTitle(), lesson.getBodyMarkdown(),
					lesson.getSources().stream().map(EssayCitation::ofReference).toList()));
		}
		List<ScenarioContent> scenarios = new ArrayList<>();
		for (Scenario scenario : version.getScenarios()) {
			scenarios.add(new ScenarioContent(scenario.getScenarioKey(), scenario.getTitle(),
					scenario.getSituationMarkdown(), scenario.getPrompt(),
					scenario.getTraits().stream().map(ServiceTrait::getCode).toList(),
					new EssayCitation(scenario.getSourceEssay(), scenario.getSourcePoint()),
					scenario.getOptions()
						.stream()
						.map((option) -> new OptionContent(option.getText(), option.getRating(), option.getFeedback()))
						.toList()));
		}
		QuizSettings quiz = version.getQuiz().orElse(new QuizSettings(1, 75, 3, true));
		return new CourseContent(version.getCourse().getCode(), version.getTitle(), version.getSummary(),
				version.getAudience(), lessons, version.getContentHash(), quiz, scenarios,
				version.getRenewAfterMonths(), version.getLanguage(),
				version.getTranslatedLanguages()
					.stream()
					.sorted()
					.map((language) -> translation(version, language))
					.toList());
	}

	private static CourseTranslation translation(CourseVersion version, String language) {
		Words.Course course = version.translation(language).orElseThrow();
		List<CourseTranslation.LessonTranslation> lessons = new ArrayList<>();
		for (Lesson lesson : version.getLessons()) {
			lesson.translation(language)
				.ifPresent((words) -> lessons.add(new CourseTranslation.LessonTranslation(lesson.getLessonKey(),
						words.title(), words.markdown())));
		}
		List<CourseTranslation.ScenarioTranslation> scenarios = new ArrayList<>();
		for (Scenario scenario : version.getScenarios()) {
			scenario.translation(language)
				.ifPresent((words) -> scenarios.add(new CourseTranslation.ScenarioTranslation(scenario.getScenarioKey(),
						words.title(), words.situation(), words.prompt(),
						scenario.getOptions()
							.stream()
							.map((option) -> option.translation(language)
								.map((said) -> new CourseTranslation.OptionTranslation(said.text(), said.feedback()))
								.orElse(new CourseTranslation.OptionTranslation(option.getText(),
										option.getFeedback())))
							.toList())));
		}
		return new CourseTranslation(language, course.title(), course.summary(), course.audience(), lessons, scenarios);
	}

}
