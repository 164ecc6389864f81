package org.servewell.content;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GiftReaderTest {

	@Test
	void multiple_choice_question_keeps_title_text_answers_and_feedback() {
		GiftDocument read = GiftReader.read("""
				::Late caller::A customer calls at closing time. What do you do? {
				=Help them now #Same service at any hour.
				~Ask them to call back #They leave worried.
				~Transfer them #Nobody is left to answer.
				}
				""");

		GiftQuestion question = read.questions().get(0);
		assertThat(question.title()).isEqualTo("Late caller");
		assertThat(question.line()).isEqualTo(1);
		assertThat(question.text()).isEqualTo("A customer calls at closing time. What do you do?");
		assertThat(question.answers()).extracting(GiftAnswer::text, GiftAnswer::weightPercent, GiftAnswer::feedback)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Help them now", 100.0, "Same service at any hour."),
					org.assertj.core.groups.Tuple.tuple("Ask them to call back", 0.0, "They leave worried."),
					org.assertj.core.groups.Tuple.tuple("Transfer them", 0.0, "Nobody is left to answer."));
		assertThat(question.answers()).extracting(GiftAnswer::line).containsExactly(2, 3, 4);
		assertThat(read.unsupported()).isEmpty();
	}

	@Test
	void weights_become_the_nearest_ratings() {
		GiftDocument read = GiftReader.read("Which? {~%100%A ~%66.66667%B ~%50%C ~%33.33333%D ~%0%E ~%-50%F ~G}\n");

		assertThat(read.questions().get(0).answers()).extracting(GiftAnswer::weightPercent)
			.containsExactly(100.0, 66.66667, 50.0, 33.33333, 0.0, -50.0, 0.0);
		assertThat(read.questions().get(0).answers()).extracting((a) -> GiftScenarios.rating(a.weightPercent()))
			.containsExactly(4, 3, 3, 2, 1, 1, 1);
	}

	@Test
	void escaped_special_characters_and_line_breaks_are_read_as_text() {
		GiftDocument read = GiftReader.read("""
				::Ratio \\: 2\\:1::Is 1\\=1 \\{really\\}? Use \\~ and \\# and \\\\.\\nNew line. {
				=Yes \\= sure #Because 1\\=1 \\#always
				~No
				}
				""");

		GiftQuestion question = read.questions().get(0);
		assertThat(question.title()).isEqualTo("Ratio : 2:1");
		assertThat(question.text()).isEqualTo("Is 1=1 {really}? Use ~ and # and \\.\nNew line.");
		assertThat(question.answers().get(0).text()).isEqualTo("Yes = sure");
		assertThat(question.answers().get(0).feedback()).isEqualTo("Because 1=1 #always");
	}

	@Test
	void answers_and_feedback_may_run_over_several_lines() {
		GiftDocument read = GiftReader.read("""
				What do you say? {
				=Sorry for the wait,
				 let me fix it now.
				 #Owning it, then
				 acting at once.
				~Not my job.
				}
				""");

		GiftAnswer first = read.questions().get(0).answers().get(0);
		assertThat(first.text()).isEqualTo("Sorry for the wait,\nlet me fix it now.");
		assertThat(first.feedback()).isEqualTo("Owning it, then\nacting at once.");
		assertThat(first.line()).isEqualTo(2);
	}

	@Test
	void category_applies_to_the_questions_after_it_and_comments_are_skipped() {
		GiftDocument read = GiftReader.read("""
				// Exported from a question bank
				$CATEGORY: $course$/servewell/courtesy

				// question: 1
				First? {=Yes ~No}

				$CATEGORY: $course$/servewell/accuracy

				Second? {=Yes ~No}
				""");

		assertThat(read.questions()).extracting(GiftQuestion::category)
			.containsExactly("$course$/servewell/courtesy", "$course$/servewell/accuracy");
		assertThat(read.questions()).extracting(GiftQuestion::line).containsExactly(5, 9);
		assertThat(GiftScenarios.toScenario(read.questions().get(0), "first", Set.of("courtesy")).traits())
			.containsExactly("courtesy");
	}

	@Test
	void format_markers_are_honoured_and_html_becomes_plain_text() {
		GiftDocument read = GiftReader.read("""
				::Html::[html]<p>A guest &amp; her son wait.</p><p>What now?</p>{=[html]<b>Greet</b> them ~Wait}

				::Md::[markdown]**Busy** desk.\\n\\nWhat now? {=Greet ~Wait}

				::Plain::[plain]Plain text {=A ~B}
				""");

		assertThat(read.questions()).extracting(GiftQuestion::textFormat)
			.containsExactly(GiftFormat.HTML, GiftFormat.MARKDOWN, GiftFormat.PLAIN);
		ScenarioContent html = GiftScenarios.toScenario(read.questions().get(0), "html", Set.of());
		assertThat(html.situation()).isEqualTo("A guest & her son wait.");
		assertThat(html.prompt()).isEqualTo("What now?");
		assertThat(html.options().get(0).text()).isEqualTo("Greet them");
		ScenarioContent markdown = GiftScenarios.toScenario(read.questions().get(1), "md", Set.of());
		assertThat(markdown.situation()).isEqualTo("**Busy** desk.");
		assertThat(markdown.prompt()).isEqualTo("What now?");
		assertThat(GiftScenarios.toScenario(read.questions().get(2), "plain", Set.of()).prompt())
			.isEqualTo(GiftScenarios.DEFAULT_PROMPT);
	}

	@Test
	void missing_word_question_marks_the_gap() {
		GiftDocument read = GiftReader.read("Greet every guest {=warmly ~coldly} and by name.\n");

		assertThat(read.questions().get(0).text()).isEqualTo("Greet every guest _____ and by name.");
	}

	@Test
	void questions_of_other_types_are_listed_by_line_and_type() {
		GiftDocument read = GiftReader.read("""
				::Short::Name the trait. {=Courtesy =courtesy}

				::Number::How many minutes? {#12:2}

				::Match::Pair them. {=Sorry -> Apology =Thanks -> Gratitude}

				::TF::Service varies by mood. {F #It should not.}

				::Essay::Describe your best shift. {}

				Just a description with no answers.

				::MC::Pick one. {=A ~B}
				""");

		assertThat(read.unsupported())
			.extracting(GiftDocument.UnsupportedQuestion::line, GiftDocument.UnsupportedQuestion::type)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "short answer"),
					org.assertj.core.groups.Tuple.tuple(3, "numerical"),
					org.assertj.core.groups.Tuple.tuple(5, "matching"),
					org.assertj.core.groups.Tuple.tuple(7, "true/false"),
					org.assertj.core.groups.Tuple.tuple(9, "essay"),
					org.assertj.core.groups.Tuple.tuple(11, "description"));
		assertThat(read.unsupported().get(0).toString()).isEqualTo("line 1: short answer question 'Short'");
		assertThat(read.questions()).extracting(GiftQuestion::title).containsExactly("MC");
	}

	@Test
	void unclosed_answer_block_is_a_syntax_error_on_its_line() {
		assertThatExceptionOfType(GiftSyntaxException.class).isThrownBy(() -> GiftReader.read("""
				First? {=A ~B}

				::Second::
				Which one? {
				=A
				~B
				"""))
			.withMessage("line 4: the answer block opened here with '{' is never closed with '}'")
			.satisfies((error) -> assertThat(error.line()).isEqualTo(4));
	}

	@Test
	void broken_title_weight_or_answer_start_names_the_line() {
		assertThatExceptionOfType(GiftSyntaxException.class)
			.isThrownBy(() -> GiftReader.read("\n::No end of title {=A ~B}\n"))
			.withMessageStartingWith("line 2: the title opened with '::' is never closed");
		assertThatExceptionOfType(GiftSyntaxException.class).isThrownBy(() -> GiftReader.read("Q? {\n=A\n~%abc%B\n}\n"))
			.withMessage("line 3: the weight '%abc%' is not a number; write it as %50% or %-33.33333%");
		assertThatExceptionOfType(GiftSyntaxException.class).isThrownBy(() -> GiftReader.read("Q? {A =B ~C}\n"))
			.withMessageStartingWith("line 1: the answer block starts with 'A'");
		assertThatExceptionOfType(GiftSyntaxException.class).isThrownBy(() -> GiftReader.read("Q? {~A ~B}\n"))
			.withMessageContaining("no answer gets any credit");
	}

	@Test
	void windows_line_endings_read_the_same() {
		GiftDocument read = GiftReader.read("::T::Q?\r\n{\r\n=A #fine\r\n~B\r\n}\r\n\r\nNext? {=C ~D}\r\n");

		assertThat(read.questions()).hasSize(2);
		assertThat(read.questions().get(0).answers().get(0).feedback()).isEqualTo("fine");
		assertThat(read.questions().get(1).line()).isEqualTo(7);
	}

	@Test
	void file_as_moodle_exports_it_is_read() {
		GiftDocument read = GiftReader.read("""
				// question: 0  name: Switch category to $course$/top/Default for Service
				$CATEGORY: $course$/top/Default for Service


				// question: 2412  name: The regular and the stranger
				::The regular and the stranger::[html]<p>Two guests wait at the desk\\: a regular and a stranger.</p>{
				\t=%100%Serve them in the order they arrived#<p>Fairness means the same rules for everyone.</p>
				\t~%33.33333%Serve the regular first, he is in a hurry#<p>Favouring regulars is noticed.</p>
				\t~%0%Ask the stranger to wait#<p>That makes it worse.</p>
				}


				// question: 2413  name: Essay
				::Essay::[html]<p>Describe a fair decision.</p>{}

				""");

		assertThat(read.questions()).singleElement().satisfies((question) -> {
			assertThat(question.title()).isEqualTo("The regular and the stranger");
			assertThat(question.category()).isEqualTo("$course$/top/Default for Service");
			assertThat(question.answers()).extracting(GiftAnswer::weightPercent).containsExactly(100.0, 33.33333, 0.0);
			ScenarioContent scenario = GiftScenarios.toScenario(question, "regular", Set.of("fairness"));
			assertThat(scenario.situation()).isEqualTo("Two guests wait at the desk: a regular and a stranger.");
			assertThat(scenario.options()).extracting(OptionContent::rating).containsExactly(4, 2, 1);
			assertThat(scenario.options().get(0).feedback()).isEqualTo("Fairness means the same rules for everyone.");
		});
		assertThat(read.unsupported()).extracting(GiftDocument.UnsupportedQuestion::line).containsExactly(14);
	}

	@Test
	void weights_follow_tilde_answers_only_and_an_unclosed_percent_is_text_as_in_moodle() {
		GiftDocument read = GiftReader.read("Which? {=%50%half ~%50 off coupon ~%25%Quarter}\n");

		assertThat(read.questions().get(0).answers()).extracting(GiftAnswer::text, GiftAnswer::weightPercent)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("%50%half", 100.0),
					org.assertj.core.groups.Tuple.tuple("%50 off coupon", 0.0),
					org.assertj.core.groups.Tuple.tuple("Quarter", 25.0));
	}

	@Test
	void unknown_escapes_keep_their_backslash_so_tex_survives() {
		GiftDocument read = GiftReader.read("Is \\(x^2\\) positive\\? {=Yes ~No}\n");

		assertThat(read.questions().get(0).text()).isEqualTo("Is \\(x^2\\) positive\\?");
	}

	@Test
	void arrow_in_a_multiple_choice_answer_does_not_make_it_matching() {
		GiftDocument read = GiftReader.read("Which route? {=Front -> lift ~Back -> stairs}\n");

		assertThat(read.unsupported()).isEmpty();
		assertThat(read.questions().get(0).answers().get(0).text()).isEqualTo("Front -> lift");
	}

	@Test
	void html_entities_of_every_kind_are_decoded() {
		GiftDocument read = GiftReader
			.read("[html]<p>It&#8217;s the caf&eacute; at &#x41; desk&nbsp;2.</p>{=[html]Yes ~No}\n");

		assertThat(GiftScenarios.toScenario(read.questions().get(0), "x", Set.of()).situation())
			.isEqualTo("It\u2019s the caf\u00e9 at A desk 2.");
	}

	@Test
	void multiple_choice_question_with_one_answer_is_refused_as_moodle_refuses_it() {
		assertThatExceptionOfType(GiftSyntaxException.class)
			.isThrownBy(() -> GiftReader.read("Only one? {~%100%Yes}\n"))
			.withMessage("line 1: a multiple-choice question needs at least two answers, as in Moodle");
	}

	@Test
	void general_feedback_is_what_follows_the_last_four_hashes() {
		GiftDocument read = GiftReader.read("Q? {=A ~B ####first #### second}\n");

		assertThat(read.questions().get(0).generalFeedback()).isEqualTo("second");
	}

	@Test
	void best_option_starting_with_a_percent_sign_survives_export_and_import() {
		ScenarioContent scenario = new ScenarioContent("pct", "Percent", "A sale.", "What now?", List.of("accuracy"),
				null,
				List.of(new OptionContent("%100 sure: check the price", 4, "Checked."),
						new OptionContent("%50 off everything", 1, "Not true."),
						new OptionContent("Guess", 2, "Risky.")));

		GiftQuestion back = GiftReader.read(GiftScenarios.toGift(List.of(scenario), null)).questions().get(0);

		assertThat(GiftScenarios.toScenario(back, "pct", Set.of()).options()).isEqualTo(scenario.options());
	}

	@Test
	void every_bundled_scenario_survives_export_and_import_with_text_ratings_and_feedback() {
		List<CourseContent> courses = ContentReader.read(ContentSource.bundled()).courses();
		List<ScenarioContent> all = courses.stream().flatMap((course) -> course.scenarios().stream()).toList();

		String gift = GiftScenarios.toGift(all, "$course$/servewell");
		List<GiftQuestion> read = GiftReader.read(gift).questions();

		assertThat(read).hasSize(all.size());
		for (int i = 0; i < all.size(); i++) {
			ScenarioContent original = all.get(i);
			ScenarioContent back = GiftScenarios.toScenario(read.get(i), original.id(), Set.of());
			assertThat(back.title()).isEqualTo(original.title());
			assertThat(back.situation()).isEqualTo(original.situation().strip());
			assertThat(back.prompt()).isEqualTo(original.prompt());
			assertThat(back.options()).isEqualTo(original.options()
				.stream()
				.map((o) -> new OptionContent(o.text().strip(), o.rating(), o.feedback().strip()))
				.toList());
		}
	}

	@Test
	void answer_and_feedback_markers_of_a_moodle_export_are_dropped_and_their_html_read_as_text() {
		// The shape of Moodle's own export test: markers only where a format differs from
		// the question's.
		GiftDocument read = GiftReader.read("""
				// question: 666  name: Wet floor
				::Wet floor::A guest slips near the entrance.{
				\t=Help them up and ask how they are#Care comes first.
				\t~Fetch the sign first#[html]<p>They are still on the floor &amp; hurt.</p>
				\t~[plain]Call the manager#Someone has to act now.
				}

				""");

		GiftQuestion question = read.questions().get(0);
		assertThat(question.answers()).extracting(GiftAnswer::textFormat, GiftAnswer::feedbackFormat)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(GiftFormat.MOODLE, GiftFormat.MOODLE),
					org.assertj.core.groups.Tuple.tuple(GiftFormat.MOODLE, GiftFormat.HTML),
					org.assertj.core.groups.Tuple.tuple(GiftFormat.PLAIN, GiftFormat.MOODLE));
		ScenarioContent scenario = GiftScenarios.toScenario(question, "wet", Set.of());
		assertThat(scenario.options()).extracting(OptionContent::text, OptionContent::rating, OptionContent::feedback)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("Help them up and ask how they are", 4, "Care comes first."),
					org.assertj.core.groups.Tuple.tuple("Fetch the sign first", 1,
							"They are still on the floor & hurt."),
					org.assertj.core.groups.Tuple.tuple("Call the manager", 1, "Someone has to act now."));
	}

	@Test
	void html_question_with_an_answer_in_another_format_converts_only_the_html() {
		GiftDocument read = GiftReader.read("""
				::Noise::[html]<p>Music is loud in the lounge.</p><p>What do you do?</p>{
				\t=<p>Ask <b>kindly</b> to turn it down</p>#<p>Polite &amp; clear.</p>
				\t~[moodle]Say nothing <for now>#<p>Others suffer.</p>
				\t~%33.33333%[markdown]Move **other** guests#[plain]Works, <but> costs them.
				\t####[html]<p>Think of every guest.</p>
				}
				""");

		GiftQuestion question = read.questions().get(0);
		assertThat(question.generalFeedback()).isEqualTo("<p>Think of every guest.</p>");
		ScenarioContent scenario = GiftScenarios.toScenario(question, "noise", Set.of());
		assertThat(scenario.situation()).isEqualTo("Music is loud in the lounge.");
		assertThat(scenario.options()).extracting(OptionContent::text, OptionContent::rating, OptionContent::feedback)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Ask kindly to turn it down", 4, "Polite & clear."),
					org.assertj.core.groups.Tuple.tuple("Say nothing <for now>", 1, "Others suffer."),
					org.assertj.core.groups.Tuple.tuple("Move **other** guests", 2, "Works, <but> costs them."));
	}

	@Test
	void multiple_response_question_as_moodle_exports_it_is_listed_as_multiple_answer() {
		// Moodle's multiple-response export: no '=', every answer weighted. A scenario
		// has
		// one best response, so this cannot be one.
		GiftDocument read = GiftReader.read("""
				::Two good moves::Which help a lost child? {
				    ~%50%Stay with them # right
				    ~%-100%Leave to find staff # [html]<i>never</i> leave them
				    ~%50%Call the desk # right
				    ~%-100%[plain]Shout for the parents # no
				}
				""");

		assertThat(read.questions()).isEmpty();
		assertThat(read.unsupported()).extracting(Object::toString)
			.containsExactly("line 1: multiple answer question 'Two good moves'");
	}

	@Test
	void export_is_written_in_the_shape_moodle_exports_and_imports() {
		ScenarioContent scenario = new ScenarioContent("q", "Queue: at noon", "A long queue.", "What now?",
				List.of("courtesy"), null, List.of(new OptionContent("Open a second till", 4, "Shorter wait."),
						new OptionContent("Say sorry = enough", 2, ""), new OptionContent("Ignore it", 1, "No.")));

		String gift = GiftScenarios.toGift(List.of(scenario), "$course$/servewell");

		assertThat(gift).contains("$CATEGORY: $course$/servewell\n\n")
			.contains("::Queue\\: at noon::[markdown]A long queue.\\n\\nWhat now? {\n"
					+ "\t=Open a second till #Shorter wait.\n" + "\t~%33.33333%Say sorry \\= enough\n"
					+ "\t~%0%Ignore it #No.\n" + "}\n");
	}

	@Test
	void option_starting_with_a_format_marker_and_a_second_best_option_survive_export_and_import() {
		ScenarioContent scenario = new ScenarioContent("marker", "Marker", "A sign says [html].", "What now?",
				List.of("accuracy"), null,
				List.of(new OptionContent("[html] is what the sign says: read it out", 4, "[plain] fine."),
						new OptionContent("Also good", 4, "Equally fine."), new OptionContent("Guess", 1, "Risky.")));

		String gift = GiftScenarios.toGift(List.of(scenario), null);
		GiftDocument back = GiftReader.read(gift);

		assertThat(gift).contains("\t=[markdown][html] is").contains("\t~%100%Also good");
		assertThat(back.unsupported()).isEmpty();
		assertThat(GiftScenarios.toScenario(back.questions().get(0), "marker", Set.of()).options())
			.isEqualTo(scenario.options());
	}

}
