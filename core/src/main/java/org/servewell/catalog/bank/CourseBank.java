package org.servewell.catalog.bank;

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
		List<BankVersion.BankLesson> lessons = version.getLessons()
			.stream()
			.map((lesson) -> new BankVersion.BankLesson(lesson.getLessonNumber(), lesson.getTitle(),
					lesson.getBodyMarkdown(), this.essaySources.of(lesson.getSources())))
			.toList();
		List<BankVersion.BankScenario> scenarios = version.getScenarios()
			.stream()
			.map((scenario) -> new BankVersion.BankScenario(scenario.getId(), scenario.getScenarioKey(),
					scenario.getTitle(), scenario.getSituationMarkdown(), scenario.getPrompt(),
					scenario.getTraits().stream().map(ServiceTrait::getCode).toList(),
					scenario.getOptions()
						.stream()
						.map((option) -> new BankVersion.BankOption(option.getId(), option.getOptionNumber(),
								option.getText(), option.getRating(), option.getFeedback()))
						.toList()))
			.toList();
		return new BankVersion(version.getId(), version.getCourse().getId(), version.getCourse().getCode(),
				version.getVersionNumber(), version.getTitle(), rules, lessons, scenarios,
				version.getRenewAfterMonths());
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
