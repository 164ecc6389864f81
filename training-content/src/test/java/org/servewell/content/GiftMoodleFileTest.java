package org.servewell.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * GIFT as Moodle writes it and trainers edit it: a whole export file with every question
 * type, and the files that used to be refused or read wrongly.
 */
class GiftMoodleFileTest {

	@Test
	void moodle_export_with_every_question_type_imports_the_multiple_choice_and_lists_the_rest_by_line()
			throws IOException {
		GiftDocument read = GiftReader.read(resource("gift/moodle-export.gift"));

		assertThat(read.questions()).extracting(GiftQuestion::line, GiftQuestion::title, GiftQuestion::category)
			.containsExactly(tuple(6, "Late check-in", "$course$/top/Default for Front desk/courtesy"),
					tuple(15, "Quiet rooms", "$course$/top/Default for Front desk/courtesy"),
					tuple(23, "Window table", "$course$/top/Default for Front desk/courtesy"),
					tuple(76, null, "$course$/top/Default for Front desk/accuracy"));
		assertThat(read.unsupported()).extracting(Object::toString)
			.containsExactly("line 31: true/false question 'Mood'", "line 35: short answer question 'First duty'",
					"line 42: short answer question 'First word'", "line 46: multiple answer question 'Lost child'",
					"line 54: matching question 'Pairs'", "line 62: numerical question 'Waiting time'",
					"line 66: essay question 'Best shift'", "line 70: description question 'Welcome'");
		assertThat(read.warnings()).extracting(Object::toString)
			.containsExactly("line 10: the general feedback (####) of 'Late check-in' is not imported: a scenario"
					+ " has no place for it; put what matters into the options' feedback");

		Set<String> traits = Set.of("courtesy", "accuracy");
		ScenarioContent late = GiftScenarios.toScenario(read.questions().get(0), "late", traits);
		assertThat(late.situation()).isEqualTo("A guest arrives at 23:40; the booking says arrival by 22:00.");
		assertThat(late.prompt()).isEqualTo("What do you do?");
		assertThat(late.traits()).containsExactly("courtesy");
		assertThat(late.options()).extracting(OptionContent::text, OptionContent::rating, OptionContent::feedback)
			.containsExactly(tuple("Check them in and mention the note kindly", 4, "They are here; the note can wait."),
					tuple("Ask them to wait while you phone the manager", 2, "Safe, but slow for a tired guest."),
					tuple("Refuse: the booking says 22:00", 1, "Rules serve guests, not the other way round."));
		assertThat(GiftScenarios.toScenario(read.questions().get(1), "quiet", traits).situation())
			.isEqualTo("Rooms on floors 3 < 5 are quiet; rooms numbered 7 > 2 face the road.");
		ScenarioContent window = GiftScenarios.toScenario(read.questions().get(2), "window", traits);
		assertThat(window.situation())
			.isEqualTo("Two guests ask for the last table {by the window}. Is first come = first served?");
		assertThat(window.options()).extracting(OptionContent::rating).containsExactly(4, 1, 3);
		ScenarioContent gap = GiftScenarios.toScenario(read.questions().get(3), "gap", traits);
		assertThat(gap.situation()).isEqualTo("Greet every guest _____ and by name.");
		assertThat(gap.traits()).containsExactly("accuracy");
	}

	@Test
	void single_answer_without_equals_or_tilde_is_listed_as_short_answer_not_refused_as_a_syntax_error() {
		GiftDocument read = GiftReader.read("::One::Say it. {One}\n\n::MC::Pick. {=A ~B ~C}\n");

		assertThat(read.unsupported()).extracting(Object::toString)
			.containsExactly("line 1: short answer question 'One'");
		assertThat(read.questions()).extracting(GiftQuestion::title).containsExactly("MC");
	}

	@Test
	void question_with_several_partly_right_answers_and_no_best_one_is_listed_as_multiple_answer() {
		GiftDocument read = GiftReader.read("""
				::Three::Which three help? {~%33.33333%A ~%33.33333%B ~%33.33333%C ~%-100%D}

				::Single::Which one? {~%100%A ~%50%B ~C}
				""");

		assertThat(read.unsupported()).extracting(Object::toString)
			.containsExactly("line 1: multiple answer question 'Three'");
		assertThat(read.questions()).extracting(GiftQuestion::title).containsExactly("Single");
	}

	@Test
	void html_text_keeps_less_than_and_greater_than_signs_that_open_no_tag() {
		GiftDocument read = GiftReader
			.read("[html]<p>Is 3 < 5 and 7 > 2?</p><p>a<b and c>d</p>{=[html]x <\\= y ~x >\\= y}\n");

		ScenarioContent scenario = GiftScenarios.toScenario(read.questions().get(0), "signs", Set.of());
		assertThat(scenario.situation()).isEqualTo("Is 3 < 5 and 7 > 2?");
		assertThat(scenario.prompt()).isEqualTo("ad");
		assertThat(scenario.options()).extracting(OptionContent::text).containsExactly("x <= y", "x >= y");
	}

	@Test
	void latin1_file_is_refused_with_the_line_and_how_to_fix_it() {
		byte[] latin1 = "::Caf\u00e9::Pick. {=A ~B}\n\n::Men\u00fc::Pick. {=A ~B}\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		// As an upload reaches the reader: bytes decoded as UTF-8, the malformed ones
		// replaced.
		String uploaded = new String(latin1, StandardCharsets.UTF_8);

		assertThatExceptionOfType(GiftSyntaxException.class).isThrownBy(() -> GiftReader.read(uploaded))
			.withMessage("line 1: the file is not UTF-8 (it looks like Latin-1/Windows-1252): save it as UTF-8"
					+ " and import it again");
	}

	@Test
	void forty_thousand_untitled_questions_are_all_read_with_their_lines() {
		StringBuilder gift = new StringBuilder();
		for (int i = 0; i < 40_000; i++) {
			gift.append("A guest waits at the desk. {=Greet them ~Ignore them ~Finish your call}\n\n");
		}

		List<GiftQuestion> questions = GiftReader.read(gift.toString()).questions();

		assertThat(questions).hasSize(40_000);
		assertThat(questions.get(39_999).line()).isEqualTo(79_999);
		assertThat(questions.get(39_999).title()).isNull();
	}

	@Test
	void long_question_names_the_line_of_each_of_its_answers() {
		StringBuilder gift = new StringBuilder("Which? {\n=Best\n");
		for (int i = 0; i < 5_000; i++) {
			gift.append("~Answer ").append(i).append('\n');
		}
		gift.append("}\n");

		List<GiftAnswer> answers = GiftReader.read(gift.toString()).questions().get(0).answers();

		assertThat(answers).hasSize(5_001);
		assertThat(answers.get(5_000).line()).isEqualTo(5_002);
	}

	@Test
	void scenario_without_a_best_option_is_left_out_of_the_export_with_a_comment_saying_why() {
		List<OptionContent> noBest = List.of(new OptionContent("A", 3, ""), new OptionContent("B", 3, ""),
				new OptionContent("C", 1, ""));
		List<OptionContent> withBest = List.of(new OptionContent("A", 4, ""), new OptionContent("B", 3, ""),
				new OptionContent("C", 1, ""));
		ScenarioContent unfinished = new ScenarioContent("unfinished", "Unfinished", "S.", "P?", List.of(), null,
				noBest);
		ScenarioContent finished = new ScenarioContent("finished", "Finished", "S.", "P?", List.of(), null, withBest);

		String gift = GiftScenarios.toGift(List.of(unfinished, finished), null);

		assertThat(gift)
			.contains("// not exported: scenario 'unfinished' has no option rated 4 (the best response);"
					+ " Moodle needs one answer worth 100%")
			.doesNotContain("::Unfinished::");
		assertThat(GiftReader.read(gift).questions()).extracting(GiftQuestion::title).containsExactly("Finished");
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = GiftMoodleFileTest.class.getClassLoader().getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
