package org.servewell.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Core's refusals read in the reader's language: every key a refusal is built with is
 * written in English and German as a valid pattern with the same placeholders, and a
 * refusal picks its reader's language, falling back to its English message.
 */
class RefusalWordsTest {

	private static final Wording REFUSALS = new Wording("messages/refusals");

	private static final Pattern SAID = Pattern.compile("new Said\\(\\s*\"([^\"]+)\"");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	@Test
	void every_refusal_core_says_is_written_in_english_and_german_and_every_written_one_is_said() throws IOException {
		Set<String> said = saidInSources();
		Set<String> english = keys(Locale.ENGLISH);

		assertThat(said).as("keys of new Said(...) in core's sources").isNotEmpty();
		assertThat(english).as("refusals.properties").containsAll(said);
		assertThat(keys(Locale.GERMAN)).as("refusals_de.properties").isEqualTo(english);
		Set<String> unused = new TreeSet<>(english);
		unused.removeAll(said);
		assertThat(unused).as("keys no refusal uses").containsExactly(Refusal.TIME);
	}

	@Test
	void every_refusal_pattern_is_valid_and_german_fills_in_what_english_does() {
		for (String key : keys(Locale.ENGLISH)) {
			String english = REFUSALS.words(Locale.ENGLISH).getString(key);
			for (Locale language : Languages.WRITTEN) {
				String pattern = REFUSALS.words(language).getString(key);
				assertThat(pattern).as("%s in %s", key, language).isNotBlank();
				if (key.equals(Refusal.TIME)) {
					assertThatCode(() -> DateTimeFormatter.ofPattern(pattern, language).format(OffsetDateTime.now()))
						.as("time in %s", language)
						.doesNotThrowAnyException();
				}
				else {
					assertThatCode(() -> new MessageFormat(pattern, language).format(new Object[] { 1, 2, 3, 4 }))
						.as("%s in %s", key, language)
						.doesNotThrowAnyException();
					assertThat(placeholders(pattern)).as("placeholders of %s in %s", key, language)
						.isEqualTo(placeholders(english));
				}
			}
		}
	}

	@Test
	void refusal_reads_in_the_readers_language_and_its_message_stays_english() {
		Refused refused = new Refused(new Said("learning.course-missing", "calm-complaints"));

		assertThat(refused.getMessage()).isEqualTo("There is no course 'calm-complaints'.");
		assertThat(refused.message(Locale.ENGLISH)).isEqualTo(refused.getMessage());
		assertThat(refused.message(Locale.GERMAN)).isEqualTo("Es gibt keinen Kurs „calm-complaints“.");
		assertThat(refused.message(Locale.forLanguageTag("de-CH"))).isEqualTo(refused.message(Locale.GERMAN));
		assertThat(refused.message(Locale.FRENCH)).isEqualTo(refused.getMessage());
		assertThat(refused.message(null)).isEqualTo(refused.getMessage());
	}

	@Test
	void refusal_with_words_inside_and_a_moment_writes_both_in_the_readers_language() {
		OffsetDateTime moment = OffsetDateTime.of(2026, 12, 3, 9, 5, 0, 0, ZoneOffset.UTC);
		Refused refused = new Refused(new Said("authoring.changed-after-you-opened", "Fay First",
				new Said("authoring.part.lesson", "Welcome"), moment));

		assertThat(refused.getMessage()).isEqualTo("Fay First changed lesson 'Welcome' on 3 Dec 2026 at 09:05 UTC, "
				+ "after you opened it. Nothing was saved: reload to see their change, then make yours again.");
		assertThat(refused.message(Locale.GERMAN))
			.startsWith("Fay First hat die Lektion „Welcome“ am 3. Dez. 2026 um 09:05 UTC geändert");
	}

	@Test
	void refusal_not_yet_in_words_reads_its_english_message_in_every_language() {
		Refused refused = new Refused("Only in English.", List.of("A problem."));

		assertThat(refused.message(Locale.GERMAN)).isEqualTo("Only in English.");
		assertThat(refused.problems()).containsExactly("A problem.");
	}

	/** The keys written in the language's own file, without falling back to English. */
	private static Set<String> keys(Locale language) {
		String file = "messages/refusals" + (language.equals(Locale.ENGLISH) ? "" : "_" + language.getLanguage())
				+ ".properties";
		Properties words = new Properties();
		try (Reader in = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
			words.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new TreeSet<>(words.stringPropertyNames());
	}

	private static Set<String> saidInSources() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher said = SAID.matcher(Files.readString(file));
				while (said.find()) {
					keys.add(said.group(1));
				}
			}
		}
		return keys;
	}

	private static Set<String> placeholders(String pattern) {
		Set<String> found = new TreeSet<>();
		Matcher placeholder = PLACEHOLDER.matcher(pattern);
		while (placeholder.find()) {
			found.add(placeholder.group(1));
		}
		return found;
	}

	/** A refusal of the kind every feature's not-allowed refusals are. */
	static final class Refused extends Refusal.NotAllowed {

		Refused(Said said) {
			super(said);
		}

		Refused(String message, List<String> problems) {
			super(message, problems);
		}

	}

}
