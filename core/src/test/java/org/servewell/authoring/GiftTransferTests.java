package org.servewell.authoring;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.servewell.catalog.VersionSummary;
import org.servewell.content.ContentLimits;
import org.servewell.content.EssayCitation;
import org.servewell.content.OptionContent;
import org.servewell.content.ScenarioContent;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestPeople;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A trainer bringing a Moodle question bank into a draft and taking the bank out as GIFT,
 * on the embedded database and on a MySQL-protocol server. Each test works on a course of
 * its own.
 */
abstract class GiftTransferTests extends StudioTests {

	@Autowired
	GiftTransferService giftTransfer;

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
		int before = SignedIn.as(trainer, () -> this.drafts.startDraft(code), Roles.TRAINER).scenarios().size();

		DraftView imported = SignedIn.as(trainer,
				() -> this.giftTransfer.importGift(code, gift.toString(), "bank.gift", false), Roles.TRAINER);

		List<DraftView.Scenario> added = imported.scenarios().subList(before, imported.scenarios().size());
		assertThat(added).hasSize(25);
		assertThat(imported.problems()).extracting(DraftProblem::message)
			.noneSatisfy((message) -> assertThat(message).contains("YAML"));
		assertThat(added)
			.allSatisfy((scenario) -> assertThat(imported.problemsOf(DraftProblem.Part.SCENARIO, scenario.id()))
				.extracting(DraftProblem::message)
				.anySatisfy((message) -> assertThat(message).contains("trait"))
				.anySatisfy((message) -> assertThat(message).contains("source")));
		EssayCitation source = SignedIn.as(trainer, this.drafts::sourceChoices, Roles.TRAINER).get(0).citation();
		for (DraftView.Scenario scenario : added) {
			SignedIn.run(trainer,
					() -> this.drafts.saveScenario(code, new DraftView.Scenario(scenario.id(), scenario.key(),
							scenario.title(), scenario.situation(), scenario.prompt(), List.of("courtesy"), source,
							scenario.options(), scenario.version(), scenario.updatedAt(), scenario.updatedBy())),
					Roles.TRAINER);
		}
		VersionSummary published = SignedIn.as(trainer,
				() -> this.publishing.publish(code, "Queue scenarios from the Moodle bank."), Roles.TRAINER);

		assertThat(published.number()).isEqualTo(2);
	}

	@Test
	void questions_with_the_same_long_title_in_a_second_import_are_numbered_after_the_first_within_the_length_limit() {
		String trainer = TestPeople.create(this.people, Role.TRAINER);
		String code = newCourse(trainer);
		SignedIn.run(trainer, () -> this.drafts.startDraft(code), Roles.TRAINER);
		String question = "::A guest waiting at the front desk for a long time asks when somebody will finally help::"
				+ "What now? {=Greet them and help ~Finish your call first ~Point to the sign}\n\n";
		// One import takes at most 500 questions and a bank 1,000 scenarios (this course
		// has 25): 475 are imported, the next 500 are numbered after them.
		SignedIn.run(trainer, () -> this.giftTransfer.importGift(code, question.repeat(475), "first.gift", false),
				Roles.TRAINER);

		GiftPreview preview = SignedIn.as(trainer, () -> this.giftTransfer.previewGift(code, question.repeat(500)),
				Roles.TRAINER);

		List<String> ids = preview.scenarios().stream().map(ScenarioContent::id).toList();
		assertThat(ids).hasSize(500).doesNotHaveDuplicates();
		assertThat(ids).allSatisfy((id) -> assertThat(id).hasSizeLessThanOrEqualTo(ContentLimits.MAX_ID_LENGTH)
			.startsWith(code + "-a-guest-waiting"));
		assertThat(ids.get(0)).endsWith("-476");
		assertThat(ids.get(499)).endsWith("-975");
	}

	@Test
	void general_feedback_is_shown_as_not_imported_and_a_latin1_file_is_refused_with_its_line() {
		String trainer = TestPeople.create(this.people, Role.TRAINER);
		String code = newCourse(trainer);
		SignedIn.run(trainer, () -> this.drafts.startDraft(code), Roles.TRAINER);
		String gift = "::Queue::A guest pushes in. {\n=Ask them to wait #Fair.\n~Serve them\n~Ignore it\n"
				+ "####Queues are about fairness.\n}\n";

		GiftPreview preview = SignedIn.as(trainer, () -> this.giftTransfer.previewGift(code, gift), Roles.TRAINER);

		assertThat(preview.scenarios()).hasSize(1);
		assertThat(preview.warnings()).singleElement().asString().startsWith("line 5: the general feedback (####)");
		String latin1 = new String(
				"::Caf\u00e9::Q? {=A ~B ~C}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(() -> SignedIn.as(trainer, () -> this.giftTransfer.previewGift(code, latin1), Roles.TRAINER))
			.withMessageContaining("line 1: the file is not UTF-8");
	}

	@Test
	void gift_import_leaves_out_other_question_types_only_when_confirmed_and_adds_the_rest_at_once() {
		String trainer = TestPeople.create(this.people, Role.TRAINER);
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
		int before = SignedIn.as(trainer, () -> this.drafts.startDraft(code), Roles.TRAINER).scenarios().size();

		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(() -> SignedIn.as(trainer, () -> this.giftTransfer.importGift(code, gift, "bank.gift", false),
					Roles.TRAINER))
			.satisfies((refused) -> assertThat(refused.problems())
				.containsExactly("line 9: short answer question 'Name it'"));
		DraftView imported = SignedIn.as(trainer, () -> this.giftTransfer.importGift(code, gift, "bank.gift", true),
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
					() -> this.giftTransfer.importGift(code, "Broken {=A ~B\n", "broken.gift", true), Roles.TRAINER))
			.withMessageContaining("line 1");
		assertThat(SignedIn.as(trainer, () -> this.drafts.draft(code), Roles.TRAINER).scenarios()).hasSize(before + 2);
	}

	@Test
	void exported_gift_reads_back_with_the_same_titles_ratings_and_feedback() {
		String trainer = TestPeople.create(this.people, Role.TRAINER);
		String code = newCourse(trainer);
		DraftView draft = SignedIn.as(trainer, () -> this.drafts.startDraft(code), Roles.TRAINER);

		String gift = SignedIn.as(trainer, () -> this.giftTransfer.exportGift(code), Roles.TRAINER);
		GiftPreview preview = SignedIn.as(trainer, () -> this.giftTransfer.previewGift(code, gift), Roles.TRAINER);

		assertThat(preview.unsupported()).isEmpty();
		assertThat(preview.scenarios()).extracting(ScenarioContent::title)
			.containsExactlyElementsOf(draft.scenarios().stream().map(DraftView.Scenario::title).toList());
		assertThat(preview.scenarios()).extracting(ScenarioContent::options)
			.containsExactlyElementsOf(draft.scenarios().stream().map(DraftView.Scenario::options).toList());
	}

	private String newCourse(String trainer) {
		return publishedCopyOfBundled(trainer, "gift");
	}

}
