package org.servewell.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.servewell.catalog.domain.Course;
import org.servewell.catalog.domain.CourseRepository;
import org.servewell.catalog.domain.CourseVersion;
import org.servewell.catalog.domain.CourseVersionRepository;
import org.servewell.catalog.domain.Lesson;
import org.servewell.catalog.domain.OnboardingPath;
import org.servewell.catalog.domain.OnboardingPathRepository;
import org.servewell.catalog.domain.Scenario;
import org.servewell.catalog.domain.ServiceTrait;
import org.servewell.catalog.domain.ServiceTraitRepository;
import org.servewell.catalog.domain.Words;
import org.servewell.content.ContentBundle;
import org.servewell.content.CourseContent;
import org.servewell.content.CourseTranslation;
import org.servewell.content.EssayCitation;
import org.servewell.content.LessonContent;
import org.servewell.content.OptionContent;
import org.servewell.content.PathContent;
import org.servewell.content.ScenarioContent;
import org.servewell.content.TraitContent;

/**
 * Turns read content into the catalogue. Courses are versioned: unchanged content (same
 * hash as the newest version) is left alone, changed content becomes a new version with
 * its lessons, quiz and scenario bank, and older versions are kept for the attempts that
 * use them. The trait model and the onboarding paths are shared definitions, updated in
 * place.
 */
@Component
class ContentImport {

	private final CourseRepository courses;

	private final CourseVersionRepository versions;

	private final ServiceTraitRepository traits;

	private final OnboardingPathRepository paths;

	private final ApplicationEventPublisher events;

	ContentImport(CourseRepository courses, CourseVersionRepository versions, ServiceTraitRepository traits,
			OnboardingPathRepository paths, ApplicationEventPublisher events) {
		this.courses = courses;
		this.versions = versions;
		this.traits = traits;
		this.paths = paths;
		this.events = events;
	}

	/**
	 * Imports the bundle in one transaction, including what other features import on
	 * {@link TrainingContentImported}: all of it or none of it.
	 */
	@Transactional
	ImportResult importBundle(ContentBundle bundle) {
		List<String> traitsChanged = importTraits(bundle.traits());
		Map<String, ServiceTrait> model = this.traits.findAll()
			.stream()
			.collect(Collectors.toMap(ServiceTrait::getCode, Function.identity()));
		List<String> published = new ArrayList<>();
		List<String> keptFromStudio = new ArrayList<>();
		int unchanged = 0;
		for (CourseContent content : bundle.courses()) {
			Course course = this.courses.findByCode(content.id())
				.orElseGet(() -> this.courses.save(new Course(content.id())));
			CourseVersion newest = this.versions.findFirstByCourseOrderByVersionNumberDesc(course).orElse(null);
			CourseVersion newestBundled = this.versions
				.findFirstByCourseAndOriginOrderByVersionNumberDesc(course, CourseVersion.Origin.BUNDLED)
				.orElse(null);
			if (newestBundled != null && newestBundled.getContentHash().equals(content.contentHash())
					&& newestBundled.hasScenarioBank()) {
				fillInLessonSources(newestBundled, content);
				unchanged++;
				continue;
			}
			if (newest != null && newest.getOrigin() == CourseVersion.Origin.STUDIO) {
				// Trainers have published since the content last changed: their version
				// stays the newest rather than being replaced by the file's.
				keptFromStudio.add(content.id() + " v" + newest.getVersionNumber());
				continue;
			}
			int number = (newest != null) ? newest.getVersionNumber() + 1 : 1;
			this.versions.save(version(course, number, content, model, CourseVersion.Origin.BUNDLED));
			published.add(content.id() + " v" + number);
		}
		List<String> pathsChanged = importPaths(bundle.paths());
		this.events.publishEvent(new TrainingContentImported(bundle));
		return new ImportResult(published, unchanged, keptFromStudio, traitsChanged, pathsChanged);
	}

	/**
	 * Publishes a course from the studio as its next version (or its first, creating the
	 * course), in the caller's transaction.
	 */
	CourseVersion publish(CourseContent content) {
		Map<String, ServiceTrait> model = this.traits.findAll()
			.stream()
			.collect(Collectors.toMap(ServiceTrait::getCode, Function.identity()));
		Course course = this.courses.findByCode(content.id())
			.orElseGet(() -> this.courses.save(new Course(content.id())));
		int number = this.versions.findFirstByCourseOrderByVersionNumberDesc(course)
			.map((newest) -> newest.getVersionNumber() + 1)
			.orElse(1);
		return this.versions.save(version(course, number, content, model, CourseVersion.Origin.STUDIO));
	}

	private static void fillInLessonSources(CourseVersion version, CourseContent content) {
		for (int i = 0; i < version.getLessons().size() && i < content.lessons().size(); i++) {
			version.getLessons().get(i).fillInSources(sources(content.lessons().get(i)));
		}
	}

	private static List<String> sources(LessonContent lesson) {
		return lesson.sources().stream().map(EssayCitation::reference).toList();
	}

	private static CourseVersion version(Course course, int number, CourseContent content,
			Map<String, ServiceTrait> model, CourseVersion.Origin origin) {
		CourseVersion version = new CourseVersion(course, number, content.title(), content.summary(),
				content.audience(), content.estimatedMinutes(), content.contentHash(), origin, content.quiz());
		version.setRenewAfterMonths(content.renewAfterMonths());
		version.setLanguage(content.language());
		for (LessonContent lesson : content.lessons()) {
			version.addLesson(lesson.id(), lesson.title(), lesson.markdown(), sources(lesson));
		}
		for (ScenarioContent item : content.scenarios()) {
			List<ServiceTrait> exercised = item.traits().stream().map((code) -> trait(model, code, item)).toList();
			Scenario scenario = version.addScenario(item.id(), item.title(), item.situation(), item.prompt(),
					item.source().essay(), item.source().point(), exercised);
			for (OptionContent option : item.options()) {
				scenario.addOption(option.text(), option.rating(), option.feedback());
			}
		}
		for (CourseTranslation translation : content.translations()) {
			translate(version, translation);
		}
		return version;
	}

	/** Stores a translation's words beside the original parts they translate. */
	private static void translate(CourseVersion version, CourseTranslation translation) {
		String language = translation.language();
		version.translate(language,
				new Words.Course(translation.title(), translation.summary(), translation.audience()));
		for (Lesson lesson : version.getLessons()) {
			translation.lesson(lesson.getLessonKey())
				.ifPresent((words) -> lesson.translate(language, new Words.Lesson(words.title(), words.markdown())));
		}
		for (Scenario scenario : version.getScenarios()) {
			translation.scenario(scenario.getScenarioKey()).ifPresent((words) -> {
				scenario.translate(language, new Words.Scenario(words.title(), words.situation(), words.prompt()));
				for (int i = 0; i < scenario.getOptions().size() && i < words.options().size(); i++) {
					CourseTranslation.OptionTranslation option = words.options().get(i);
					scenario.getOptions()
						.get(i)
						.translate(language, new Words.Option(option.text(), option.feedback()));
				}
			});
		}
	}

	private static ServiceTrait trait(Map<String, ServiceTrait> model, String code, ScenarioContent scenario) {
		ServiceTrait trait = model.get(code);
		if (trait == null) {
			// The reader checks this for a whole bundle; a bundle built in code may skip
			// it.
			throw new IllegalArgumentException(
					"Scenario '" + scenario.id() + "' names trait '" + code + "', which the trait model does not have");
		}
		return trait;
	}

	private List<String> importTraits(List<TraitContent> model) {
		List<String> changed = new ArrayList<>();
		for (int i = 0; i < model.size(); i++) {
			TraitContent content = model.get(i);
			ServiceTrait trait = this.traits.findByCode(content.id()).orElseGet(() -> new ServiceTrait(content.id()));
			if (trait.define(i + 1, content.name(), content.definition(), content.anchors(), content.sources())) {
				this.traits.save(trait);
				changed.add(content.id());
			}
		}
		return changed;
	}

	private List<String> importPaths(List<PathContent> contents) {
		List<String> changed = new ArrayList<>();
		for (int i = 0; i < contents.size(); i++) {
			PathContent content = contents.get(i);
			List<OnboardingPath.Step> steps = content.courses()
				.stream()
				.map((step) -> new OnboardingPath.Step(course(step.course(), content), step.dueAfterDays()))
				.toList();
			OnboardingPath path = this.paths.findByCode(content.id()).orElseGet(() -> new OnboardingPath(content.id()));
			if (path.describe(i + 1, content.title(), content.summary(), content.audience(), steps)) {
				this.paths.save(path);
				changed.add(content.id());
			}
		}
		return changed;
	}

	private Course course(String code, PathContent path) {
		return this.courses.findByCode(code)
			.orElseThrow(() -> new IllegalArgumentException(
					"Path '" + path.id() + "' names course '" + code + "', which the catalogue does not have"));
	}

	/**
	 * What an import did.
	 *
	 * @param published the course versions it added, as "code vN"
	 * @param unchanged how many courses were already up to date
	 * @param keptFromStudio courses whose content changed but whose newest version, kept,
	 * was published from the studio, as "code vN"
	 * @param traitsChanged the traits it added or redefined
	 * @param pathsChanged the onboarding paths it added or changed
	 */
	record ImportResult(List<String> published, int unchanged, List<String> keptFromStudio, List<String> traitsChanged,
			List<String> pathsChanged) {
	}

}
