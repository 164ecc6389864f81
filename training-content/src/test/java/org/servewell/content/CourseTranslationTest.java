package org.servewell.content;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A course's translations: the language folders its manifest lists, checked against the
 * original.
 */
class CourseTranslationTest {

	private static final String MANIFEST = "courses/greeting/course.yaml";

	private static final String DE = "courses/greeting/de/";

	private static final String GERMAN_MANIFEST = """
			language: de
			title: Menschen begrüßen
			summary: Wie Sie jeden Menschen jedes Mal gleich willkommen heißen.
			audience: Testerinnen und Tester
			lessons:
			  - file: 01-hello.md
			    title: Hallo
			  - file: 02-listen.md
			    title: Zuhören
			  - file: 03-follow-up.md
			    title: Nachfassen
			""";

	private static final String GERMAN_BANK = """
			scenarios:
			  - id: queue-at-closing
			    title: Eine Schlange kurz vor Feierabend
			    situation: |
			      Fünf Minuten vor Ladenschluss warten noch drei Menschen.
			    prompt: Was tun Sie?
			    options:
			      - text: Sie bedienen jeden so, wie Sie es am Morgen täten.
			        feedback: Derselbe Service zu jeder Stunde schafft Vertrauen.
			      - text: Sie drängen zur Eile.
			        feedback: Die Eile merken alle.
			      - text: Sie bitten sie, morgen wiederzukommen.
			        feedback: Sie haben gewartet und nichts bekommen.
			  - id: wrong-parcel
			    title: Das falsche Paket
			    situation: Eine Kundin hat das Paket eines anderen bekommen.
			    prompt: Was sagen Sie?
			    options:
			      - text: Sie geben dem Paketdienst die Schuld.
			        feedback: Schuld zuweisen löst nichts.
			      - text: Sie entschuldigen sich und versprechen, sich darum zu kümmern.
			        feedback: Ein guter Anfang, aber vage.
			      - text: Sie entschuldigen sich, veranlassen den Tausch sofort und bestätigen ihn per E-Mail.
			        feedback: Sie übernehmen die Sache und schließen sie ab.
			      - text: Sie bitten die Kundin, beim Paketdienst anzurufen.
			        feedback: Damit schieben Sie Ihre Arbeit der Kundin zu.
			""";

	private final ContentFolder content;

	CourseTranslationTest(@TempDir Path folder) {
		this.content = ContentFolder.copyOfValid(folder);
	}

	private ContentFolder withGerman() {
		this.content.replace(MANIFEST, "estimatedMinutes: 10\n",
				"estimatedMinutes: 10\nlanguage: en\ntranslations: [de]\n");
		this.content.write(DE + "course.yaml", GERMAN_MANIFEST);
		this.content.write(DE + "01-hello.md", "# Hallo\n\nSagen Sie Hallo.\n");
		this.content.write(DE + "02-listen.md", "# Zuhören\n\nLassen Sie die Leute ausreden.\n");
		this.content.write(DE + "03-follow-up.md", "# Nachfassen\n\nRufen Sie zurück, wenn Sie es zugesagt haben.\n");
		this.content.write(DE + "scenarios.yaml", GERMAN_BANK);
		return this.content;
	}

	private CourseContent greeting() {
		return this.content.bundle()
			.courses()
			.stream()
			.filter((course) -> course.id().equals("greeting"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void course_with_a_german_translation_is_read_with_every_lesson_scenario_and_option_in_german() {
		withGerman();

		CourseContent course = greeting();

		assertThat(course.language()).isEqualTo("en");
		CourseTranslation german = course.translation("de").orElseThrow();
		assertThat(german.title()).isEqualTo("Menschen begrüßen");
		assertThat(german.lesson("02-listen").orElseThrow().title()).isEqualTo("Zuhören");
		assertThat(german.lesson("03-follow-up").orElseThrow().markdown()).contains("Rufen Sie zurück");
		CourseTranslation.ScenarioTranslation parcel = german.scenario("wrong-parcel").orElseThrow();
		assertThat(parcel.prompt()).isEqualTo("Was sagen Sie?");
		assertThat(parcel.options()).hasSize(4);
		assertThat(parcel.options().get(2).feedback()).isEqualTo("Sie übernehmen die Sache und schließen sie ab.");
		assertThat(course.translation("fr")).isEmpty();
	}

	@Test
	void course_without_a_language_is_english_and_untranslated() {
		CourseContent course = greeting();

		assertThat(course.language()).isEqualTo("en");
		assertThat(course.translations()).isEmpty();
	}

	@Test
	void a_changed_translation_changes_the_course_hash() {
		String before = withGerman().bundle().courses().get(0).contentHash();

		this.content.replace(DE + "02-listen.md", "ausreden", "zu Ende reden");

		assertThat(greeting().contentHash()).isNotEqualTo(before);
	}

	@Test
	void translation_that_leaves_a_scenario_out_is_read_with_that_scenario_in_the_original() {
		withGerman().replace(DE + "scenarios.yaml", GERMAN_BANK.substring(GERMAN_BANK.indexOf("  - id: wrong-parcel")),
				"");

		assertThat(this.content.problems()).isEmpty();
		CourseContent course = greeting();
		CourseTranslation german = course.translation("de").orElseThrow();
		assertThat(german.scenario("wrong-parcel")).isEmpty();
		assertThat(german.scenario("queue-at-closing")).isPresent();
		assertThat(german.isComplete(course)).isFalse();
	}

	@Test
	void translation_naming_a_scenario_the_course_does_not_have_is_reported() {
		withGerman().replace(DE + "scenarios.yaml", "  - id: wrong-parcel", "  - id: wrong-packet");

		assertThat(this.content.problems())
			.containsExactly(DE + "scenarios.yaml:14: scenario 'wrong-packet' is not in the course's scenario bank");
	}

	@Test
	void translation_with_an_option_too_few_is_reported_with_both_counts() {
		withGerman().replace(DE + "scenarios.yaml", """
				      - text: Sie bitten die Kundin, beim Paketdienst anzurufen.
				        feedback: Damit schieben Sie Ihre Arbeit der Kundin zu.
				""", "");

		assertThat(this.content.problems()).containsExactly(DE + "scenarios.yaml:18: scenario 'wrong-parcel' has"
				+ " 3 options but the original has 4; translate each option, in the original's order");
	}

	@Test
	void translation_that_rates_an_option_is_refused_because_ratings_are_the_originals() {
		withGerman().replace(DE + "scenarios.yaml", "        feedback: Die Eile merken alle.\n",
				"        feedback: Die Eile merken alle.\n        rating: 4\n");

		assertThat(this.content.problems()).containsExactly(DE + "scenarios.yaml:12: unknown key 'rating' in a"
				+ " translated option (its rating is the original's); expected one of: text, feedback");
	}

	@Test
	void translation_missing_a_lesson_file_is_reported_on_its_manifest_line() {
		withGerman().delete(DE + "02-listen.md");

		assertThat(this.content.problems())
			.containsExactly(DE + "course.yaml:8: lesson file '02-listen.md' does not exist in " + DE);
	}

	@Test
	void translation_listed_without_its_folder_is_reported_on_the_course_manifest() {
		this.content.replace(MANIFEST, "estimatedMinutes: 10\n", "estimatedMinutes: 10\ntranslations: [fr]\n");

		assertThat(this.content.problems())
			.containsExactly(MANIFEST + ":6: translation 'fr' has no manifest: create courses/greeting/fr/course.yaml");
	}

	@Test
	void language_that_is_not_a_language_code_is_reported() {
		this.content.replace(MANIFEST, "estimatedMinutes: 10\n", "estimatedMinutes: 10\nlanguage: German\n");

		assertThat(this.content.problems()).containsExactly(MANIFEST + ":6: language 'German' must be a language code"
				+ " such as 'en' or 'pt-BR' (lower-case language, upper-case region)");
	}

	@Test
	void translation_into_the_courses_own_language_is_refused() {
		this.content.replace(MANIFEST, "estimatedMinutes: 10\n", "estimatedMinutes: 10\ntranslations: [en]\n");

		assertThat(this.content.problems())
			.containsExactly(MANIFEST + ":6: translation 'en' is the course's own language; list only other languages");
	}

	@Test
	void translated_course_written_and_read_again_keeps_its_translation() {
		CourseContent course = withGerman().bundle().courses().get(0);

		CourseFiles files = CourseWriter.write(course);
		CourseContent read = ContentReader.readCourse(files.over(ContentSource.directory(this.content.root())),
				course.id());

		assertThat(files.files()).containsKey(DE + "scenarios.yaml");
		assertThat(read.translations()).isEqualTo(course.translations());
		assertThat(read.language()).isEqualTo("en");
	}

}
