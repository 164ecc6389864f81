package org.servewell.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.servewell.audit.AuditEntry;
import org.servewell.audit.AuditTrail;
import org.servewell.catalog.VersionSummary;
import org.servewell.content.OptionContent;
import org.servewell.learning.AttemptService;
import org.servewell.learning.AttemptView;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The trainer's journey in the studio, on the embedded database and on a MySQL-protocol
 * server. Each test works on a course of its own (a new course, or a copy of a bundled
 * course under a new id), so tests can run in any order against one database.
 */
abstract class AuthoringTests {

	static final String ADMIN = "first-admin@test.servewell.org";

	static final String BUNDLED = StudioCourses.BUNDLED;

	@Autowired
	AuthoringService authoring;

	@Autowired
	AttemptService attempts;

	@Autowired
	AuditTrail audit;

	@Autowired
	PeopleService people;

	@Test
	void trainer_starting_a_draft_gets_a_copy_of_the_newest_version_with_nothing_to_fix() {
		String trainer = person("Tess Trainer", Role.TRAINER);

		DraftView draft = SignedIn.as(trainer, () -> this.authoring.startDraft(BUNDLED), Roles.TRAINER);

		assertThat(draft.basedOnVersion()).isNotNull();
		assertThat(draft.lessons()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(draft.scenarios()).hasSizeGreaterThanOrEqualTo(6);
		assertThat(draft.lessons()).allSatisfy((lesson) -> assertThat(lesson.sources()).isNotEmpty());
		assertThat(draft.problems()).isEmpty();
		DraftView again = SignedIn.as(trainer, () -> this.authoring.startDraft(BUNDLED), Roles.TRAINER);
		assertThat(again.details().version()).isEqualTo(draft.details().version());
		SignedIn.run(trainer, () -> this.authoring.discardDraft(BUNDLED), Roles.TRAINER);
	}

	@Test
	void second_trainer_saving_a_stale_copy_of_a_scenario_is_refused_with_who_changed_it() {
		String first = person("Fay First", Role.TRAINER);
		String second = person("Sam Second", Role.TRAINER);
		String code = newCourse(first);
		DraftView opened = SignedIn.as(first, () -> this.authoring.startDraft(code), Roles.TRAINER);
		DraftView.Scenario scenario = opened.scenarios().get(0);

		SignedIn.run(first, () -> this.authoring.saveScenario(code, retitled(scenario, "First's title")),
				Roles.TRAINER);

		assertThatExceptionOfType(StaleDraftException.class)
			.isThrownBy(() -> SignedIn.run(second,
					() -> this.authoring.saveScenario(code, retitled(scenario, "Second's title")), Roles.TRAINER))
			.withMessageContaining("Fay First changed scenario")
			.withMessageContaining("Nothing was saved");
		DraftView now = SignedIn.as(second, () -> this.authoring.draft(code), Roles.TRAINER);
		assertThat(now.scenarios().get(0).title()).isEqualTo("First's title");
	}

	@Test
	void scenario_without_a_best_option_is_flagged_beside_it_and_the_draft_cannot_be_published() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		String code = newCourse(trainer);
		DraftView draft = SignedIn.as(trainer, () -> this.authoring.startDraft(code), Roles.TRAINER);
		DraftView.Scenario scenario = draft.scenarios().get(1);
		List<OptionContent> noBest = scenario.options()
			.stream()
			.map((option) -> new OptionContent(option.text(), Math.min(option.rating(), 3), option.feedback()))
			.toList();

		DraftView saved = SignedIn.as(trainer, () -> this.authoring.saveScenario(code, withOptions(scenario, noBest)),
				Roles.TRAINER);

		assertThat(saved.problemsOf(DraftProblem.Part.SCENARIO, scenario.id())).singleElement().satisfies((problem) -> {
			assertThat(problem.message()).contains("no option rated 4");
			assertThat(problem.location()).startsWith("courses/" + code + "/scenarios.yaml:");
		});
		assertThat(saved.publishable()).isFalse();
		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(() -> SignedIn.run(trainer, () -> this.authoring.publish(code, "Try"), Roles.TRAINER))
			.withMessageContaining("1 problem(s)");
	}

	@Test
	void publishing_makes_the_next_version_for_new_attempts_while_an_attempt_in_progress_keeps_its_own() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		String code = newCourse(trainer);
		String early = person("Early Learner", Role.LEARNER);
		AttemptView started = SignedIn.as(early, () -> this.attempts.startOrResume(code), Roles.LEARNER);
		DraftView draft = SignedIn.as(trainer, () -> this.authoring.startDraft(code), Roles.TRAINER);
		List<DraftView.Scenario> renamed = new ArrayList<>();
		for (DraftView.Scenario scenario : draft.scenarios()) {
			renamed.add(SignedIn
				.as(trainer, () -> this.authoring.saveScenario(code, retitled(scenario, scenario.title() + " (v2)")),
						Roles.TRAINER)
				.scenarios()
				.stream()
				.filter((s) -> s.id() == scenario.id())
				.findFirst()
				.orElseThrow());
		}

		VersionSummary published = SignedIn.as(trainer,
				() -> this.authoring.publish(code, "Sharper titles for every scenario."), Roles.TRAINER);

		assertThat(published.number()).isEqualTo(2);
		assertThat(published.fromStudio()).isTrue();
		assertThat(published.changeNote()).isEqualTo("Sharper titles for every scenario.");
		assertThat(published.publishedBy()).isEqualTo("Tess Trainer");
		AttemptView resumed = SignedIn.as(early, () -> this.attempts.startOrResume(code), Roles.LEARNER);
		assertThat(resumed.attemptId()).isEqualTo(started.attemptId());
		assertThat(resumed.questions()).extracting(AttemptView.Question::title).noneMatch((t) -> t.endsWith("(v2)"));
		String late = person("Late Learner", Role.LEARNER);
		AttemptView fresh = SignedIn.as(late, () -> this.attempts.startOrResume(code), Roles.LEARNER);
		assertThat(fresh.questions()).extracting(AttemptView.Question::title).allMatch((t) -> t.endsWith("(v2)"));
		assertThatExceptionOfType(AuthoringNotFoundException.class)
			.isThrownBy(() -> SignedIn.as(trainer, () -> this.authoring.draft(code), Roles.TRAINER));
		assertThat(renamed).hasSize(draft.scenarios().size());
	}

	@Test
	void retired_version_gets_no_new_attempts_but_the_one_before_it_does() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		String code = newCourse(trainer);
		SignedIn.run(trainer, () -> {
			DraftView draft = this.authoring.startDraft(code);
			this.authoring.saveScenario(code, retitled(draft.scenarios().get(0), "Retitled in v2"));
			this.authoring.publish(code, "Version two.");
		}, Roles.TRAINER);

		VersionSummary retired = SignedIn.as(trainer, () -> this.authoring.retire(code, 2), Roles.TRAINER);

		assertThat(retired.retired()).isTrue();
		assertThat(retired.retiredBy()).isEqualTo("Tess Trainer");
		String learner = person("New Learner", Role.LEARNER);
		AttemptView attempt = SignedIn.as(learner, () -> this.attempts.startOrResume(code), Roles.LEARNER);
		assertThat(attempt.questions()).extracting(AttemptView.Question::title).doesNotContain("Retitled in v2");
	}

	@Test
	void scenario_id_used_by_another_course_is_a_problem() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		String code = newCourse(trainer);
		DraftView draft = SignedIn.as(trainer, () -> this.authoring.startDraft(code), Roles.TRAINER);
		DraftView.Scenario scenario = draft.scenarios().get(0);
		DraftView.Scenario taken = new DraftView.Scenario(scenario.id(), "ftet-closing-time-caller", scenario.title(),
				scenario.situation(), scenario.prompt(), scenario.traits(), scenario.source(), scenario.options(),
				scenario.version(), scenario.updatedAt(), scenario.updatedBy());

		DraftView saved = SignedIn.as(trainer, () -> this.authoring.saveScenario(code, taken), Roles.TRAINER);

		assertThat(saved.problemsOf(DraftProblem.Part.SCENARIO, scenario.id())).extracting(DraftProblem::message)
			.anySatisfy((message) -> assertThat(message).contains("already used in course '" + BUNDLED + "'"));
	}

	@Test
	void only_trainers_and_administrators_author() {
		String learner = person("Lee Learner", Role.LEARNER);
		String hr = person("Hana HR", Role.HR);
		String manager = person("Max Manager", Role.MANAGER);
		for (String[] who : List.of(new String[] { learner, Roles.LEARNER }, new String[] { hr, Roles.HR },
				new String[] { manager, Roles.MANAGER })) {
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], this.authoring::courses, who[1]));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.authoring.startDraft(BUNDLED), who[1]));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.authoring.publish(BUNDLED, "x"), who[1]));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.authoring.retire(BUNDLED, 1), who[1]));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.audit.recent(null, 10), who[1]));
		}
		assertThat(SignedIn.as(ADMIN, this.authoring::courses, Roles.ADMIN)).isNotEmpty();
	}

	@Test
	void audit_trail_shows_who_created_changed_published_and_retired_the_course() {
		String trainer = person("Audra Author", Role.TRAINER);
		String code = newCourse(trainer);
		SignedIn.run(trainer, () -> {
			DraftView draft = this.authoring.startDraft(code);
			this.authoring.saveScenario(code, retitled(draft.scenarios().get(0), "Changed"));
			this.authoring.publish(code, "Second version.");
			this.authoring.retire(code, 1);
		}, Roles.TRAINER);

		List<AuditEntry> trail = SignedIn.as(ADMIN, () -> this.audit.recent(AuthoringService.subject(code), 50),
				Roles.ADMIN);

		assertThat(trail).extracting(AuditEntry::action)
			.containsSubsequence("RETIRED", "PUBLISHED", "SCENARIO_CHANGED", "DRAFT_STARTED", "PUBLISHED",
					"COURSE_CREATED");
		assertThat(trail).allSatisfy((entry) -> assertThat(entry.actor()).startsWith("Audra Author <"));
		assertThat(trail.get(1).detail()).contains("version 2").contains("Second version.");
	}

	@Test
	void exported_course_imports_again_as_its_next_draft_with_nothing_lost() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		String code = newCourse(trainer);
		CourseExport export = SignedIn.as(trainer, () -> this.authoring.exportCourse(code), Roles.TRAINER);

		DraftView imported = SignedIn.as(trainer, () -> this.authoring.importCourse(export.zip(), export.fileName()),
				Roles.TRAINER);

		assertThat(export.fileName()).isEqualTo(code + "-v1.zip");
		assertThat(imported.basedOnVersion()).isEqualTo(1);
		assertThat(imported.problems()).isEmpty();
		DraftView copied = SignedIn.as(trainer, () -> {
			this.authoring.discardDraft(code);
			return this.authoring.startDraft(code);
		}, Roles.TRAINER);
		assertThat(imported.scenarios())
			.usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "version", "updatedAt", "updatedBy")
			.isEqualTo(copied.scenarios());
		assertThat(imported.lessons())
			.usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "version", "updatedAt", "updatedBy")
			.isEqualTo(copied.lessons());
	}

	@Test
	void archive_with_broken_content_is_refused_with_every_problem_and_changes_nothing() throws Exception {
		String trainer = person("Tess Trainer", Role.TRAINER);
		String code = newCourse(trainer);
		CourseExport export = SignedIn.as(trainer, () -> this.authoring.exportCourse(code), Roles.TRAINER);
		byte[] broken = rewrite(export.zip(), "scenarios.yaml", (text) -> text.replace("rating: 4", "rating: 3"));

		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(
					() -> SignedIn.as(trainer, () -> this.authoring.importCourse(broken, "broken.zip"), Roles.TRAINER))
			.withMessageStartingWith("Nothing was imported: broken.zip has ")
			.satisfies((refused) -> assertThat(refused.problems()).hasSizeGreaterThan(1)
				.allSatisfy(
						(problem) -> assertThat(problem).contains("scenarios.yaml:").contains("no option rated 4")));
		assertThatExceptionOfType(AuthoringRefusedException.class).isThrownBy(() -> SignedIn.as(
				trainer, () -> this.authoring
					.importCourse("not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8), "notes.txt"),
				Roles.TRAINER));
		assertThatExceptionOfType(AuthoringNotFoundException.class)
			.isThrownBy(() -> SignedIn.as(trainer, () -> this.authoring.draft(code), Roles.TRAINER));
	}

	@Test
	void gift_import_leaves_out_other_question_types_only_when_confirmed_and_adds_the_rest_at_once() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		String code = newCourse(trainer);
		String gift = """
				$CATEGORY: $course$/servewell/courtesy

				::Queue jumper::A guest pushes in front of the queue.\\n\\nWhat do you say? {
				=Politely ask them to wait their turn #Fair to everyone.
				~%33.33333%Serve them to keep the peace #Others notice.
				~Ignore it #The queue gets angry.
				}

				::Name it::Which trait is this? {=Courtesy}

				::Phone::The phone rings while you serve. {=Finish, then answer ~Answer at once ~Let it ring}
				""";
		int before = SignedIn.as(trainer, () -> this.authoring.startDraft(code), Roles.TRAINER).scenarios().size();

		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(() -> SignedIn.as(trainer, () -> this.authoring.importGift(code, gift, "bank.gift", false),
					Roles.TRAINER))
			.satisfies((refused) -> assertThat(refused.problems())
				.containsExactly("line 9: short answer question 'Name it'"));
		DraftView imported = SignedIn.as(trainer, () -> this.authoring.importGift(code, gift, "bank.gift", true),
				Roles.TRAINER);

		assertThat(imported.scenarios()).hasSize(before + 2);
		DraftView.Scenario queue = imported.scenarios().get(before);
		assertThat(queue.key()).isEqualTo(code + "-queue-jumper");
		assertThat(queue.prompt()).isEqualTo("What do you say?");
		assertThat(queue.traits()).containsExactly("courtesy");
		assertThat(queue.options()).extracting(OptionContent::rating).containsExactly(4, 2, 1);
		assertThat(imported.problemsOf(DraftProblem.Part.SCENARIO, queue.id())).extracting(DraftProblem::message)
			.anySatisfy((message) -> assertThat(message).contains("source"));
		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(() -> SignedIn.as(trainer,
					() -> this.authoring.importGift(code, "Broken {=A ~B\n", "broken.gift", true), Roles.TRAINER))
			.withMessageContaining("line 1");
		assertThat(SignedIn.as(trainer, () -> this.authoring.draft(code), Roles.TRAINER).scenarios())
			.hasSize(before + 2);
	}

	@Test
	void exported_gift_reads_back_with_the_same_titles_ratings_and_feedback() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		String code = newCourse(trainer);
		DraftView draft = SignedIn.as(trainer, () -> this.authoring.startDraft(code), Roles.TRAINER);

		String gift = SignedIn.as(trainer, () -> this.authoring.exportGift(code), Roles.TRAINER);
		GiftPreview preview = SignedIn.as(trainer, () -> this.authoring.previewGift(code, gift), Roles.TRAINER);

		assertThat(preview.unsupported()).isEmpty();
		assertThat(preview.scenarios()).extracting(org.servewell.content.ScenarioContent::title)
			.containsExactlyElementsOf(draft.scenarios().stream().map(DraftView.Scenario::title).toList());
		assertThat(preview.scenarios()).extracting(org.servewell.content.ScenarioContent::options)
			.containsExactlyElementsOf(draft.scenarios().stream().map(DraftView.Scenario::options).toList());
	}

	private static byte[] rewrite(byte[] zip, String fileName, java.util.function.UnaryOperator<String> change)
			throws java.io.IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip));
				java.util.zip.ZipOutputStream rewritten = new java.util.zip.ZipOutputStream(out)) {
			for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				rewritten.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				rewritten.write((entry.getName().endsWith(fileName) ? change.apply(text) : text)
					.getBytes(java.nio.charset.StandardCharsets.UTF_8));
				rewritten.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private String newCourse(String trainer) {
		return StudioCourses.publishedCopyOfBundled(this.authoring, trainer, "studio");
	}

	private static DraftView.Scenario retitled(DraftView.Scenario scenario, String title) {
		return new DraftView.Scenario(scenario.id(), scenario.key(), title, scenario.situation(), scenario.prompt(),
				scenario.traits(), scenario.source(), scenario.options(), scenario.version(), scenario.updatedAt(),
				scenario.updatedBy());
	}

	private static DraftView.Scenario withOptions(DraftView.Scenario scenario, List<OptionContent> options) {
		return new DraftView.Scenario(scenario.id(), scenario.key(), scenario.title(), scenario.situation(),
				scenario.prompt(), scenario.traits(), scenario.source(), options, scenario.version(),
				scenario.updatedAt(), scenario.updatedBy());
	}

	private String person(String name, Role role) {
		String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@test.servewell.org";
		SignedIn.run(ADMIN,
				() -> this.people.createPerson(new PersonForm(email, name, Set.of(role), null, null, null, null, true),
						"a long test password"),
				Roles.ADMIN);
		return email;
	}

}
