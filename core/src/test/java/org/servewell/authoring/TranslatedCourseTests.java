package org.servewell.authoring;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.servewell.catalog.CatalogService;
import org.servewell.catalog.CourseVersions;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.CourseContent;
import org.servewell.content.CourseTranslation;
import org.servewell.content.ScenarioContent;
import org.servewell.learning.AttemptResult;
import org.servewell.learning.AttemptService;
import org.servewell.learning.AttemptView;
import org.servewell.learning.LearnerService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A course with a German translation, read by learners in German and in English, and
 * changed in the studio: on the embedded database and on a MySQL-protocol server.
 */
abstract class TranslatedCourseTests extends StudioTests {

	private static final String GERMAN_TITLE = "Guter Service vom ersten Mal an – jedes Mal";

	@Autowired
	LearnerService learner;

	@Autowired
	AttemptService attempts;

	@Autowired
	CourseVersions versions;

	@Autowired
	CourseBank bank;

	@Autowired
	CatalogService catalog;

	@Test
	void learner_reading_german_takes_the_bundled_course_in_german_with_the_same_questions_as_in_english() {
		String email = person("Greta Lernende", Role.LEARNER);

		assertThat(SignedIn.as(email, () -> this.learner.outline(BUNDLED, Locale.GERMANY), Roles.LEARNER).title())
			.isEqualTo(GERMAN_TITLE);
		assertThat(SignedIn.as(email, () -> this.learner.outline(BUNDLED, Locale.UK), Roles.LEARNER).title())
			.isEqualTo("Service first time, every time");
		assertThat(SignedIn.as(email, () -> this.learner.lesson(BUNDLED, 1, Locale.GERMAN), Roles.LEARNER).markdown())
			.contains("Sie");
		assertThat(SignedIn.as(email, () -> this.catalog.listCourses(Locale.GERMAN), Roles.LEARNER))
			.filteredOn((course) -> course.code().equals(BUNDLED))
			.singleElement()
			.satisfies((course) -> assertThat(course.title()).isEqualTo(GERMAN_TITLE))
			.satisfies((course) -> assertThat(course.audience()).startsWith("Mitarbeitende"));
		AttemptView german = SignedIn.as(email, () -> this.attempts.startOrResume(BUNDLED, Locale.GERMAN),
				Roles.LEARNER);
		AttemptView english = SignedIn.as(email, () -> this.attempts.attempt(german.attemptId(), Locale.ENGLISH),
				Roles.LEARNER);
		assertThat(german.courseTitle()).isEqualTo(GERMAN_TITLE);
		assertThat(german.questions()).extracting(AttemptView.Question::prompt)
			.doesNotContainAnyElementsOf(english.questions().stream().map(AttemptView.Question::prompt).toList());
		for (int i = 0; i < german.questions().size(); i++) {
			assertThat(german.questions().get(i).choices()).extracting(AttemptView.Choice::optionId)
				.isEqualTo(english.questions().get(i).choices().stream().map(AttemptView.Choice::optionId).toList());
		}
		for (AttemptView.Question question : german.questions()) {
			SignedIn.run(email, () -> this.attempts.saveAnswer(german.attemptId(), question.itemId(),
					question.choices().get(0).optionId()), Roles.LEARNER);
		}

		AttemptResult result = SignedIn.as(email, () -> this.attempts.submit(german.attemptId(), Locale.GERMAN),
				Roles.LEARNER);

		assertThat(result.courseTitle()).isEqualTo(GERMAN_TITLE);
		assertThat(result.questions()).extracting(AttemptResult.QuestionFeedback::bestFeedback)
			.allMatch((feedback) -> feedback.startsWith("Am besten"));
		assertThat(SignedIn.as(email, () -> this.attempts.result(german.attemptId(), Locale.FRENCH), Roles.LEARNER)
			.courseTitle()).isEqualTo("Service first time, every time");
	}

	@Test
	void course_changed_in_the_studio_keeps_the_german_of_every_part_whose_english_did_not_change() {
		String trainer = person("Tara Trainer", Role.TRAINER);
		String code = "translated-" + UUID.randomUUID().toString().substring(0, 8);
		SignedIn.run(trainer, () -> this.versions.publish(copyOfBundled(code), "Copied with its German.", "Tara"),
				Roles.TRAINER);
		DraftView draft = SignedIn.as(trainer, () -> this.drafts.startDraft(code), Roles.TRAINER);
		DraftView.Scenario first = draft.scenarios().get(0);
		SignedIn.run(trainer, () -> this.drafts.saveScenario(code, retitled(first, "The caller at five to six")),
				Roles.TRAINER);

		SignedIn.run(trainer, () -> this.publishing.publish(code, "A later caller."), Roles.TRAINER);

		BankVersion german = this.bank.version(code, 2).orElseThrow().in(Locale.GERMAN);
		assertThat(german.versionNumber()).isEqualTo(2);
		assertThat(german.title()).isEqualTo(GERMAN_TITLE);
		assertThat(german.scenarios().get(0).title()).isEqualTo("The caller at five to six");
		assertThat(german.scenarios().get(0).prompt()).isEqualTo("What do you do?");
		assertThat(german.scenarios().get(1).prompt()).isNotEqualTo(draft.scenarios().get(1).prompt());
		assertThat(german.lessons()).extracting(BankVersion.BankLesson::title)
			.contains("Warum Verlässlichkeit Kunden bindet");
		CourseContent stored = SignedIn.as(trainer, () -> this.versions.content(code, 2), Roles.TRAINER).orElseThrow();
		assertThat(stored.language()).isEqualTo("en");
		assertThat(stored.translation("de").orElseThrow().scenarios()).hasSize(stored.scenarios().size() - 1);
	}

	/** The bundled course with its German under a new code and new scenario ids. */
	private static CourseContent copyOfBundled(String code) {
		CourseContent bundled = ContentReader.read(ContentSource.bundled())
			.courses()
			.stream()
			.filter((course) -> course.id().equals(BUNDLED))
			.findFirst()
			.orElseThrow();
		List<ScenarioContent> scenarios = bundled.scenarios()
			.stream()
			.map((s) -> new ScenarioContent(code + "-" + s.id(), s.title(), s.situation(), s.prompt(), s.traits(),
					s.source(), s.options()))
			.toList();
		CourseTranslation german = bundled.translation("de").orElseThrow();
		CourseTranslation copied = new CourseTranslation("de", german.title(), german.summary(), german.audience(),
				german.lessons(),
				german.scenarios()
					.stream()
					.map((s) -> new CourseTranslation.ScenarioTranslation(code + "-" + s.scenarioId(), s.title(),
							s.situation(), s.prompt(), s.options()))
					.toList());
		return new CourseContent(code, bundled.title(), bundled.summary(), bundled.audience(), bundled.lessons(),
				"copy-" + code, bundled.quiz(), scenarios, bundled.renewAfterMonths(), "en", List.of(copied));
	}

}
