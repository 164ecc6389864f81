package org.servewell.catalog.bank;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.servewell.catalog.domain.Course;
import org.servewell.catalog.domain.CourseRepository;
import org.servewell.catalog.domain.CourseVersion;
import org.servewell.catalog.domain.CourseVersionRepository;
import org.servewell.catalog.domain.OnboardingPath;
import org.servewell.catalog.domain.OnboardingPathRepository;
import org.servewell.catalog.domain.ServiceTrait;
import org.servewell.catalog.domain.ServiceTraitRepository;
import org.servewell.catalog.domain.Words;
import org.servewell.content.QuizSettings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published course versions with their answer keys, and the onboarding paths, for the
 * learning feature's services. Callers check who is asking: this bank does not, and it
 * must never be handed to a view.
 * <p>
 * Published versions never change, so each is read from the database once and then kept
 * in memory, by id. Which version is a course's newest is read from the database on every
 * call, so a version published or retired on another instance is served at once; nothing
 * here needs telling (docs/decisions/0020).
 */
@Service
public class CourseBank {

	private final CourseRepository courses;

	private final CourseVersionRepository versions;

	private final OnboardingPathRepository paths;

	private final ServiceTraitRepository traits;

	private final EssaySources essaySources;

	private final Map<Long, BankVersion> versionCache = new ConcurrentHashMap<>();

	CourseBank(CourseRepository courses, CourseVersionRepository versions, OnboardingPathRepository paths,
			ServiceTraitRepository traits, EssaySources essaySources) {
		this.courses = courses;
		this.essaySources = essaySources;
		this.versions = versions;
		this.paths = paths;
		this.traits = traits;
	}

	/** The id of the course with this content id. */
	@Transactional(readOnly = true)
	public Optional<Long> courseId(String courseCode) {
		return this.courses.findByCode(courseCode).map(Course::getId);
	}

	/**
	 * The newest published version of a course that new attempts may start on: retired
	 * versions are passed over.
	 */
	@Transactional(readOnly = true)
	public Optional<BankVersion> newestVersion(long courseId) {
		return this.courses.findById(courseId)
			.flatMap(this.versions::findFirstByCourseAndRetiredAtIsNullOrderByVersionNumberDesc)
			.map((version) -> version(version.getId()));
	}

	/** A published version by the course's content id and the version's number. */
	@Transactional(readOnly = true)
	public Optional<BankVersion> version(String courseCode, int versionNumber) {
		return this.courses.findByCode(courseCode)
			.flatMap((course) -> this.versions.findByCourseAndVersionNumber(course, versionNumber))
			.map((version) -> version(version.getId()));
	}

	/** A published version by id. */
	@Transactional(readOnly = true)
	public BankVersion version(long versionId) {
		return this.versionCache.computeIfAbsent(versionId, (id) -> toBank(
				this.versions.findById(id).orElseThrow(() -> new IllegalArgumentException("No course version " + id))));
	}

	/** Every onboarding path, in content order. */
	@Transactional(readOnly = true)
	public List<BankPath> paths() {
		return this.paths.findAllByOrderByDisplayOrderAsc().stream().map(CourseBank::toBank).toList();
	}

	/** The onboarding path with this id. */
	@Transactional(readOnly = true)
	public Optional<BankPath> path(long pathId) {
		return this.paths.findById(pathId).map(CourseBank::toBank);
	}

	/** Trait names by trait code. */
	@Transactional(readOnly = true)
	public Map<String, String> traitNames() {
		return this.traits.findAllByOrderByDisplayOrderAsc()
			.stream()
			.collect(Collectors.toMap(ServiceTrait::getCode, ServiceTrait::getName, (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	private BankVersion toBank(CourseVersion version) {
		// A version published before quizzes were stored draws nothing and allows no
		// attempt.
		QuizSettings rules = version.getQuiz().orElse(new QuizSettings(0, 100, 0, false));
		Map<String, BankVersion> translations = new LinkedHashMap<>();
		for (String language : version.getTranslatedLanguages()) {
			translations.put(language, words(version, rules, language, Map.of()));
		}
		return words(version, rules, version.getLanguage(), translations);
	}

	/**
	 * The version with its words in one language: the translation's where it has them,
	 * the original's where it has not (a part changed in the studio since).
	 */
	private BankVersion words(CourseVersion version, QuizSettings rules, String language,
			Map<String, BankVersion> translations) {
		List<BankVersion.BankLesson> lessons = version.getLessons().stream().map((lesson) -> {
			Words.Lesson words = lesson.translation(language)
				.orElse(new Words.Lesson(lesson.getTitle(), lesson.getBodyMarkdown()));
			return new BankVersion.BankLesson(lesson.getLessonNumber(), words.title(), words.markdown(),
					this.essaySources.of(lesson.getSources()));
		}).toList();
		List<BankVersion.BankScenario> scenarios = version.getScenarios().stream().map((scenario) -> {
			Words.Scenario words = scenario.translation(language)
				.orElse(new Words.Scenario(scenario.getTitle(), scenario.getSituationMarkdown(), scenario.getPrompt()));
			return new BankVersion.BankScenario(scenario.getId(), scenario.getScenarioKey(), words.title(),
					words.situation(), words.prompt(),
					scenario.getTraits().stream().map(ServiceTrait::getCode).toList(),
					scenario.getOptions().stream().map((option) -> {
						Words.Option said = option.translation(language)
							.orElse(new Words.Option(option.getText(), option.getFeedback()));
						return new BankVersion.BankOption(option.getId(), option.getOptionNumber(), said.text(),
								option.getRating(), said.feedback());
					}).toList());
		}).toList();
		String title = version.translation(language).map(Words.Course::title).orElse(version.getTitle());
		String summary = version.translation(language).map(Words.Course::summary).orElse(version.getSummary());
		return new BankVersion(version.getId(), version.getCourse().getId(), version.getCourse().getCode(),
				version.getVersionNumber(), title, summary, rules, lessons, scenarios, version.getRenewAfterMonths(),
				language, translations);
	}

	private static BankPath toBank(OnboardingPath path) {
		return new BankPath(path.getId(), path.getCode(), path.getTitle(),
				path.getSteps()
					.stream()
					.map((step) -> new BankPath.Step(step.getCourse().getId(), step.getCourse().getCode(),
							step.getDueAfterDays()))
					.toList());
	}

}
