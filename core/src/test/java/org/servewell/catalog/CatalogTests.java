package org.servewell.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.servewell.catalog.domain.Course;
import org.servewell.catalog.domain.CourseRepository;
import org.servewell.catalog.domain.CourseVersion;
import org.servewell.catalog.domain.CourseVersionRepository;
import org.servewell.catalog.domain.Scenario;
import org.servewell.catalog.domain.ScenarioOption;
import org.servewell.catalog.domain.ServiceTrait;
import org.servewell.catalog.domain.ServiceTraitRepository;
import org.servewell.content.ContentBundle;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.CourseContent;
import org.servewell.content.LessonContent;
import org.servewell.content.OptionContent;
import org.servewell.content.PathContent;
import org.servewell.content.ScenarioContent;
import org.servewell.content.TraitContent;
import org.servewell.people.Roles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Loading content into the catalogue and listing it, against a real database. Subclasses
 * choose the database.
 */
@SpringBootTest
@Transactional
abstract class CatalogTests {

	private static final ContentBundle BUNDLED = ContentReader.read(ContentSource.bundled());

	private static final String TEST_COURSE = "test-course";

	@Autowired
	CatalogService catalog;

	@Autowired
	ContentImport contentImport;

	@Autowired
	CourseRepository courses;

	@Autowired
	CourseVersionRepository versions;

	@Autowired
	ServiceTraitRepository traits;

	@Test
	@WithMockUser(roles = Roles.LEARNER)
	void learner_sees_the_five_bundled_courses_with_their_lesson_and_scenario_counts() {
		List<CourseSummary> listed = this.catalog.listCourses();

		assertThat(listed).extracting(CourseSummary::code)
			.containsExactlyElementsOf(BUNDLED.courses().stream().map(CourseContent::id).toList())
			.hasSize(5);
		for (int i = 0; i < listed.size(); i++) {
			assertThat(listed.get(i).lessonCount()).isEqualTo(BUNDLED.courses().get(i).lessons().size());
			assertThat(listed.get(i).scenarioCount()).isEqualTo(BUNDLED.courses().get(i).scenarios().size());
		}
		assertThat(listed.stream().mapToInt(CourseSummary::scenarioCount).sum()).isEqualTo(125);
	}

	@Test
	@WithMockUser(roles = Roles.LEARNER)
	void learner_sees_the_twelve_service_traits_each_with_five_anchors() {
		List<TraitSummary> model = this.catalog.listTraits();

		assertThat(model).hasSize(12).allSatisfy((trait) -> assertThat(trait.anchors()).hasSize(5));
		TraitContent first = BUNDLED.traits().get(0);
		assertThat(model.get(0)).isEqualTo(
				new TraitSummary(first.id(), first.name(), first.definition(), first.anchors(), first.sources()));
		assertThat(model.get(0).anchor(5)).isEqualTo(first.anchor(5));
	}

	@Test
	@WithMockUser(roles = Roles.LEARNER)
	void learner_sees_the_two_onboarding_paths_with_their_courses_and_due_days() {
		List<PathSummary> listed = this.catalog.listPaths();

		assertThat(listed).extracting(PathSummary::code)
			.containsExactly("front-line-onboarding", "team-lead-onboarding");
		for (int i = 0; i < listed.size(); i++) {
			PathContent content = BUNDLED.paths().get(i);
			assertThat(listed.get(i).title()).isEqualTo(content.title());
			assertThat(listed.get(i).courses())
				.extracting(PathSummary.PathCourse::courseCode, PathSummary.PathCourse::dueAfterDays)
				.containsExactlyElementsOf(
						content.courses().stream().map((step) -> tuple(step.course(), step.dueAfterDays())).toList());
		}
		assertThat(listed.get(0).courses().get(0).courseTitle()).isEqualTo(BUNDLED.courses().get(0).title());
	}

	@Test
	void catalogue_is_closed_to_anyone_not_signed_in() {
		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
			.isThrownBy(() -> this.catalog.listCourses());
		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
			.isThrownBy(() -> this.catalog.listTraits());
		assertThatExceptionOfType(AuthenticationCredentialsNotFoundException.class)
			.isThrownBy(() -> this.catalog.listPaths());
	}

	@Test
	void loading_the_bundled_content_a_second_time_changes_nothing() {
		long versionsBefore = this.versions.count();

		ContentImport.ImportResult again = this.contentImport.importBundle(BUNDLED);

		assertThat(again.published()).isEmpty();
		assertThat(again.unchanged()).isEqualTo(5);
		assertThat(again.traitsChanged()).isEmpty();
		assertThat(again.pathsChanged()).isEmpty();
		assertThat(this.versions.count()).isEqualTo(versionsBefore);
	}

	@Test
	void loading_unchanged_content_again_changes_nothing() {
		this.contentImport.importBundle(bundleWith(course("First text.", UnaryOperator.identity())));

		ContentImport.ImportResult again = this.contentImport
			.importBundle(bundleWith(course("First text.", UnaryOperator.identity())));

		assertThat(again.published()).isEmpty();
		assertThat(again.unchanged()).isEqualTo(1);
		assertThat(testCourseVersions()).hasSize(1);
	}

	@Test
	void changed_lesson_becomes_a_new_version_and_the_old_one_stays() {
		this.contentImport.importBundle(bundleWith(course("First text.", UnaryOperator.identity())));

		ContentImport.ImportResult result = this.contentImport
			.importBundle(bundleWith(course("Better text.", UnaryOperator.identity())));

		assertThat(result.published()).containsExactly(TEST_COURSE + " v2");
		List<CourseVersion> all = testCourseVersions();
		assertThat(all).extracting(CourseVersion::getVersionNumber).containsExactly(1, 2);
		assertThat(all.get(0).getLessons().get(0).getBodyMarkdown()).isEqualTo("First text.");
		assertThat(all.get(1).getLessons().get(0).getBodyMarkdown()).isEqualTo("Better text.");
	}

	@Test
	void changed_scenario_becomes_a_new_course_version_and_the_old_version_keeps_its_scenarios() {
		this.contentImport.importBundle(bundleWith(course("Same text.", UnaryOperator.identity())));
		String oldFeedback = BUNDLED.courses().get(0).scenarios().get(0).options().get(0).feedback();

		ContentImport.ImportResult result = this.contentImport.importBundle(bundleWith(course("Same text.",
				(option) -> new OptionContent(option.text(), option.rating(), "Clearer feedback."))));

		assertThat(result.published()).containsExactly(TEST_COURSE + " v2");
		List<CourseVersion> all = testCourseVersions();
		Scenario before = all.get(0).getScenarios().get(0);
		Scenario after = all.get(1).getScenarios().get(0);
		assertThat(before.getId()).isNotEqualTo(after.getId());
		assertThat(before.getOptions().get(0).getFeedback()).isEqualTo(oldFeedback);
		assertThat(after.getOptions().get(0).getFeedback()).isEqualTo("Clearer feedback.");
		assertThat(all.get(0).getScenarios()).hasSameSizeAs(BUNDLED.courses().get(0).scenarios());
	}

	@Test
	void version_published_before_scenarios_were_stored_is_replaced_by_a_complete_one() {
		CourseContent content = course("Text.", UnaryOperator.identity());
		Course course = this.courses.save(new Course(TEST_COURSE));
		CourseVersion lessonsOnly = new CourseVersion(course, 1, content.title(), content.summary(), content.audience(),
				content.estimatedMinutes(), content.contentHash(), CourseVersion.Origin.BUNDLED, null);
		lessonsOnly.addLesson("01-only", "Only", "Text.", List.of());
		this.versions.save(lessonsOnly);

		ContentImport.ImportResult result = this.contentImport.importBundle(bundleWith(content));

		assertThat(result.published()).containsExactly(TEST_COURSE + " v2");
		assertThat(testCourseVersions().get(1).hasScenarioBank()).isTrue();
	}

	@Test
	void scenario_options_keep_their_ratings_and_feedback_exactly() {
		for (CourseContent content : BUNDLED.courses()) {
			CourseVersion version = this.versions
				.findFirstByCourseOrderByVersionNumberDesc(this.courses.findByCode(content.id()).orElseThrow())
				.orElseThrow();
			assertThat(version.getQuiz()).contains(content.quiz());
			List<Scenario> stored = version.getScenarios();
			assertThat(stored).hasSameSizeAs(content.scenarios());
			for (int i = 0; i < stored.size(); i++) {
				ScenarioContent expected = content.scenarios().get(i);
				Scenario scenario = stored.get(i);
				assertThat(scenario.getScenarioKey()).isEqualTo(expected.id());
				assertThat(scenario.getTitle()).isEqualTo(expected.title());
				assertThat(scenario.getSituationMarkdown()).isEqualTo(expected.situation());
				assertThat(scenario.getPrompt()).isEqualTo(expected.prompt());
				assertThat(scenario.getTraits()).extracting(ServiceTrait::getCode)
					.containsExactlyElementsOf(expected.traits());
				assertThat(scenario.getSourceEssay()).isEqualTo(expected.source().essay());
				assertThat(scenario.getSourcePoint()).isEqualTo(expected.source().point());
				assertThat(scenario.getOptions())
					.extracting(
							(option) -> new OptionContent(option.getText(), option.getRating(), option.getFeedback()))
					.containsExactlyElementsOf(expected.options());
				assertThat(scenario.getOptions()).extracting(ScenarioOption::getOptionNumber)
					.containsExactlyElementsOf(IntStream.rangeClosed(1, expected.options().size()).boxed().toList());
			}
		}
	}

	@Test
	@WithMockUser(roles = Roles.LEARNER)
	void changed_trait_definition_is_updated_in_place() {
		ServiceTrait before = this.traits.findByCode("respect").orElseThrow();
		long id = before.getId();
		List<TraitContent> model = new ArrayList<>(BUNDLED.traits());
		int index = model.indexOf(BUNDLED.trait("respect").orElseThrow());
		TraitContent respect = model.get(index);
		model.set(index, new TraitContent(respect.id(), respect.name(), "Treating every person as someone who counts.",
				respect.anchors(), respect.sources()));

		ContentImport.ImportResult result = this.contentImport
			.importBundle(new ContentBundle(List.of(), List.of(), model, List.of(), List.of()));

		assertThat(result.traitsChanged()).containsExactly("respect");
		assertThat(this.traits.findByCode("respect").orElseThrow().getId()).isEqualTo(id);
		assertThat(this.traits.count()).isEqualTo(12);
		assertThat(this.catalog.listTraits()).filteredOn((trait) -> trait.code().equals("respect"))
			.singleElement()
			.satisfies((trait) -> assertThat(trait.definition())
				.isEqualTo("Treating every person as someone who counts."));
	}

	@Test
	@WithMockUser(roles = Roles.LEARNER)
	void changed_due_days_of_a_path_are_updated_in_place() {
		PathContent path = BUNDLED.paths().get(0);
		List<PathContent.PathCourse> steps = new ArrayList<>(path.courses());
		steps.set(0, new PathContent.PathCourse(steps.get(0).course(), 3));
		PathContent changed = new PathContent(path.id(), path.title(), path.summary(), path.audience(), steps);

		ContentImport.ImportResult result = this.contentImport
			.importBundle(new ContentBundle(List.of(), List.of(changed), List.of(), List.of(), List.of()));

		assertThat(result.pathsChanged()).containsExactly(path.id());
		assertThat(this.catalog.listPaths()).hasSize(2)
			.first()
			.satisfies((listed) -> assertThat(listed.courses().get(0).dueAfterDays()).isEqualTo(3));
	}

	private List<CourseVersion> testCourseVersions() {
		return this.versions.findByCourseOrderByVersionNumberAsc(this.courses.findByCode(TEST_COURSE).orElseThrow());
	}

	/**
	 * The first bundled course under another id, with its first lesson's text replaced,
	 * its options changed as given, and hashed over what changed.
	 */
	private static CourseContent course(String firstLesson, UnaryOperator<OptionContent> optionChange) {
		CourseContent bundled = BUNDLED.courses().get(0);
		List<LessonContent> lessons = new ArrayList<>(bundled.lessons());
		LessonContent first = lessons.get(0);
		lessons.set(0, new LessonContent(first.id(), first.title(), firstLesson, first.sources()));
		List<ScenarioContent> scenarios = bundled.scenarios()
			.stream()
			.map((scenario) -> new ScenarioContent(scenario.id(), scenario.title(), scenario.situation(),
					scenario.prompt(), scenario.traits(), scenario.source(),
					scenario.options().stream().map(optionChange).toList()))
			.toList();
		String hash = Integer.toHexString(lessons.hashCode()) + Integer.toHexString(scenarios.hashCode());
		return new CourseContent(TEST_COURSE, bundled.title(), bundled.summary(), bundled.audience(), lessons, hash,
				bundled.quiz(), scenarios, 0);
	}

	private static ContentBundle bundleWith(CourseContent course) {
		return new ContentBundle(List.of(course), List.of(), List.of(), List.of(), List.of());
	}

}
