package org.servewell.authoring;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.servewell.content.ContentLimits;
import org.servewell.content.OptionContent;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What an import may add and a draft may keep, refused before anything reaches the
 * database, on the embedded database and on a MySQL-protocol server. Each test works on a
 * new course of its own.
 */
abstract class ImportLimitTests extends StudioTests {

	@Autowired
	GiftTransferService giftTransfer;

	@Test
	void gift_file_with_more_questions_than_one_import_takes_is_refused_whole_with_the_numbers() {
		String trainer = trainer();
		String code = newCourse(trainer);
		String gift = questions(ContentLimits.MAX_IMPORTED_SCENARIOS + 1, "Too many");

		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(() -> SignedIn.as(trainer, () -> this.giftTransfer.importGift(code, gift, "huge.gift", true),
					Roles.TRAINER))
			.withMessageContaining("501 questions")
			.withMessageContaining("at most 500");
		assertThat(bank(trainer, code)).isEmpty();
	}

	@Test
	void import_that_would_take_the_bank_over_its_limit_is_refused_whole_with_the_numbers() {
		String trainer = trainer();
		String code = newCourse(trainer);
		for (int i = 0; i < ContentLimits.MAX_BANK_SCENARIOS / ContentLimits.MAX_IMPORTED_SCENARIOS; i++) {
			String part = questions(ContentLimits.MAX_IMPORTED_SCENARIOS, "Part " + i);
			SignedIn.run(trainer, () -> this.giftTransfer.importGift(code, part, "part.gift", true), Roles.TRAINER);
		}
		String two = questions(2, "One more");

		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(() -> SignedIn.as(trainer, () -> this.giftTransfer.importGift(code, two, "more.gift", true),
					Roles.TRAINER))
			.withMessageContaining("has 1,000 scenarios")
			.withMessageContaining("would add 2")
			.withMessageContaining("at most 1,000");
		assertThat(bank(trainer, code)).hasSize(ContentLimits.MAX_BANK_SCENARIOS);
	}

	@Test
	void gift_option_longer_than_a_draft_keeps_is_refused_with_its_question_and_line_before_anything_is_saved() {
		String trainer = trainer();
		String code = newCourse(trainer);
		String gift = "::Fine::A fine question. {=Help ~Wait ~Leave}\n\n" + "::Long::A guest asks. {\n=Help them\n~"
				+ "x".repeat(5000) + "\n~Leave\n}\n";

		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(() -> SignedIn.as(trainer, () -> this.giftTransfer.importGift(code, gift, "long.gift", true),
					Roles.TRAINER))
			.withMessageContaining("Nothing was imported")
			.satisfies((refused) -> assertThat(refused.problems())
				.containsExactly("question 2, line 5: option 2 is 5,000 characters long; a draft keeps at most 4,000"));
		assertThat(bank(trainer, code)).isEmpty();
	}

	@Test
	void scenario_saved_with_an_option_longer_than_a_draft_keeps_is_refused_with_the_option_and_nothing_is_saved() {
		String trainer = trainer();
		String code = newCourse(trainer);
		DraftView.Scenario scenario = new DraftView.Scenario(0, code + "-long", "Long option", "A guest asks.",
				"What do you do?", List.of("courtesy"), null, List.of(new OptionContent("x".repeat(5000), 4, "Why."),
						new OptionContent("Wait", 1, "Why."), new OptionContent("Leave", 1, "Why.")),
				0, null, null);

		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(() -> SignedIn.as(trainer, () -> this.drafts.saveScenario(code, scenario), Roles.TRAINER))
			.withMessageContaining("Nothing was saved")
			.satisfies((refused) -> assertThat(refused.problems())
				.containsExactly("option 1 is 5,000 characters long; a draft keeps at most 4,000"));
		assertThat(bank(trainer, code)).isEmpty();
	}

	private static String questions(int count, String title) {
		StringBuilder gift = new StringBuilder();
		for (int i = 1; i <= count; i++) {
			gift.append("::")
				.append(title)
				.append(' ')
				.append(i)
				.append("::Guest ")
				.append(i)
				.append(" waits. {=Help ~Wait ~Leave}\n\n");
		}
		return gift.toString();
	}

	private List<DraftView.Scenario> bank(String trainer, String code) {
		return SignedIn.as(trainer, () -> this.drafts.draft(code), Roles.TRAINER).scenarios();
	}

	private String newCourse(String trainer) {
		String code = "limits-" + UUID.randomUUID().toString().substring(0, 8);
		SignedIn.run(trainer, () -> this.drafts.startNewCourse(code, "Limits " + code), Roles.TRAINER);
		return code;
	}

	private String trainer() {
		return person("Lim Trainer", Role.TRAINER);
	}

}
