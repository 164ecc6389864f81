package org.servewell.authoring;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.servewell.catalog.VersionSummary;
import org.servewell.content.ContentLimits;
import org.servewell.content.EssayCitation;
import org.servewell.content.ScenarioContent;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestPeople;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A trainer bringing a Moodle question bank into a draft, on the embedded database and on
 * a MySQL-protocol server. Each test works on a course of its own.
 */
abstract class GiftImportTests {

	static final String BUNDLED = StudioCourses.BUNDLED;

	@Autowired
	AuthoringService authoring;

	@Autowired
	PeopleService people;

	@Test
	void trainer_imports_twenty_five_gift_questions_completes_each_and_publishes_the_draft() {
		String trainer = TestPeople.create(this.people, Role.TRAINER);
		String code = newCourse(trainer);
		StringBuilder gift = new StringBuilder();
		for (int i = 1; i <= 25; i++) {
			gift.append("::Queue ")
				.append(i)
				.append("::A guest pushes in at till ")
				.append(i)
				.append(".\\n\\n")
				.append("What do you say? {\n=Ask them kindly to wait their turn #Fair to all.\n")
				.append("~%33.33333%Serve them to keep the peace #Others notice.\n~Ignore it #The queue gets angry.\n}\n\n");
		}
		int before = SignedIn.as(trainer, () -> this.authoring.startDraft(code), Roles.TRAINER).scenarios().size();

		DraftView imported = SignedIn.as(trainer,
				() -> this.authoring.importGift(code, gift.toString(), "bank.gift", false), Roles.TRAINER);

		List<DraftView.Scenario> added = imported.scenarios().subList(before, imported.scenarios().size());
		assertThat(added).hasSize(25);
		assertThat(imported.problems()).extracting(DraftProblem::message)
			.noneSatisfy((message) -> assertThat(message).contains("YAML"));
		assertThat(added)
			.allSatisfy((scenario) -> assertThat(imported.problemsOf(DraftProblem.Part.SCENARIO, scenario.id()))
				.extracting(DraftProblem::message)
				.anySatisfy((message) -> assertThat(message).contains("trait"))
				.anySatisfy((message) -> assertThat(message).contains("source")));
		EssayCitation source = SignedIn.as(trainer, this.authoring::sourceChoices, Roles.TRAINER).get(0).citation();
		for (DraftView.Scenario scenario : added) {
			SignedIn.run(trainer,
					() -> this.authoring.saveScenario(code, new DraftView.Scenario(scenario.id(), scenario.key(),
							scenario.title(), scenario.situation(), scenario.prompt(), List.of("courtesy"), source,
							scenario.options(), scenario.version(), scenario.updatedAt(), scenario.updatedBy())),
					Roles.TRAINER);
		}
		VersionSummary published = SignedIn.as(trainer,
				() -> this.authoring.publish(code, "Queue scenarios from the Moodle bank."), Roles.TRAINER);

		assertThat(published.number()).isEqualTo(2);
	}

	@Test
	void questions_with_the_same_long_title_in_a_second_import_are_numbered_after_the_first_within_the_length_limit() {
		String trainer = TestPeople.create(this.people, Role.TRAINER);
		String code = newCourse(trainer);
		SignedIn.run(trainer, () -> this.authoring.startDraft(code), Roles.TRAINER);
		String question = "::A guest waiting at the front desk for a long time asks when somebody will finally help::"
				+ "What now? {=Greet them and help ~Finish your call first ~Point to the sign}\n\n";
		// One import takes at most 500 questions and a bank 1,000 scenarios (this course
		// has
		// 14): 486 are imported, the next 500 are numbered after them.
		SignedIn.run(trainer, () -> this.authoring.importGift(code, question.repeat(486), "first.gift", false),
				Roles.TRAINER);

		GiftPreview preview = SignedIn.as(trainer, () -> this.authoring.previewGift(code, question.repeat(500)),
				Roles.TRAINER);

		List<String> ids = preview.scenarios().stream().map(ScenarioContent::id).toList();
		assertThat(ids).hasSize(500).doesNotHaveDuplicates();
		assertThat(ids).allSatisfy((id) -> assertThat(id).hasSizeLessThanOrEqualTo(ContentLimits.MAX_ID_LENGTH)
			.startsWith(code + "-a-guest-waiting"));
		assertThat(ids.get(0)).endsWith("-487");
		assertThat(ids.get(499)).endsWith("-986");
	}

	@Test
	void general_feedback_is_shown_as_not_imported_and_a_latin1_file_is_refused_with_its_line() {
		String trainer = TestPeople.create(this.people, Role.TRAINER);
		String code = newCourse(trainer);
		SignedIn.run(trainer, () -> this.authoring.startDraft(code), Roles.TRAINER);
		String gift = "::Queue::A guest pushes in. {\n=Ask them to wait #Fair.\n~Serve them\n~Ignore it\n"
				+ "####Queues are about fairness.\n}\n";

		GiftPreview preview = SignedIn.as(trainer, () -> this.authoring.previewGift(code, gift), Roles.TRAINER);

		assertThat(preview.scenarios()).hasSize(1);
		assertThat(preview.warnings()).singleElement().asString().startsWith("line 5: the general feedback (####)");
		String latin1 = new String(
				"::Caf\u00e9::Q? {=A ~B ~C}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(() -> SignedIn.as(trainer, () -> this.authoring.previewGift(code, latin1), Roles.TRAINER))
			.withMessageContaining("line 1: the file is not UTF-8");
	}

	private String newCourse(String trainer) {
		return StudioCourses.publishedCopyOfBundled(this.authoring, trainer, "gift");
	}

}
