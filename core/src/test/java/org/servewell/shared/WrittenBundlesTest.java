package org.servewell.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every bundle of mail and certificate words ({@code messages/*.properties}) says
 * everything in every language Servewell writes, in valid patterns, so that no mail or
 * certificate goes out with a key or half in English; and the language chosen for a
 * reader.
 */
class WrittenBundlesTest {

	@Test
	void every_text_of_every_bundle_is_written_in_english_and_german_as_a_valid_pattern() throws IOException {
		Map<String, Map<Locale, Properties>> bundles = bundles();
		assertThat(bundles).containsKeys("mails", "certificates");
		bundles.forEach((bundle, languages) -> {
			assertThat(languages).as("%s in each language", bundle).containsOnlyKeys(Languages.WRITTEN);
			Properties english = languages.get(Locale.ENGLISH);
			languages.forEach((language, words) -> {
				assertThat(words.stringPropertyNames()).as("keys of %s in %s", bundle, language)
					.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
				words.stringPropertyNames().forEach((key) -> {
					String pattern = words.getProperty(key);
					assertThat(pattern).as("%s %s in %s", bundle, key, language).isNotBlank();
					if (key.equals(Wording.DAY)) {
						assertThatCode(() -> DateTimeFormatter.ofPattern(pattern, language))
							.as("%s day in %s", bundle, language)
							.doesNotThrowAnyException();
					}
					else {
						assertThatCode(() -> new MessageFormat(pattern, language).format(new Object[] { 1, 2, 3 }))
							.as("%s %s in %s", bundle, key, language)
							.doesNotThrowAnyException();
					}
				});
			});
		});
	}

	@Test
	void a_person_reads_the_language_they_chose_and_without_a_choice_or_with_one_not_written_the_default() {
		Languages languages = new Languages("en");

		assertThat(languages.forPerson(Locale.GERMAN)).isEqualTo(Locale.GERMAN);
		assertThat(languages.forPerson(Languages.parse("de-CH"))).isEqualTo(Locale.GERMAN);
		assertThat(languages.forPerson(null)).isEqualTo(Locale.ENGLISH);
		assertThat(languages.forPerson(Locale.FRENCH)).isEqualTo(Locale.ENGLISH);
		assertThat(new Languages("de").forPerson(null)).isEqualTo(Locale.GERMAN);
	}

	@Test
	void a_request_reads_the_best_written_match_of_its_accept_language_and_otherwise_the_default() {
		Languages languages = new Languages("en");

		assertThat(languages.forAcceptLanguage("de-AT,de;q=0.9,en;q=0.5")).isEqualTo(Locale.GERMAN);
		assertThat(languages.forAcceptLanguage("fr-FR,de;q=0.8")).isEqualTo(Locale.GERMAN);
		assertThat(languages.forAcceptLanguage("fr-FR")).isEqualTo(Locale.ENGLISH);
		assertThat(languages.forAcceptLanguage(null)).isEqualTo(Locale.ENGLISH);
		assertThat(languages.forAcceptLanguage("not a header;;")).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void a_default_language_servewell_does_not_write_stops_the_start_with_what_to_set() {
		assertThatIllegalStateException().isThrownBy(() -> new Languages("fr"))
			.withMessageContaining("servewell.default-language")
			.withMessageContaining("en, de");
	}

	/** Each bundle's words by language, read from the files themselves (no fallback). */
	private static Map<String, Map<Locale, Properties>> bundles() throws IOException {
		Map<String, Map<Locale, Properties>> bundles = new TreeMap<>();
		for (Resource file : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:messages/*.properties")) {
			String name = file.getFilename().replace(".properties", "");
			int underscore = name.indexOf('_');
			String bundle = (underscore < 0) ? name : name.substring(0, underscore);
			Locale language = (underscore < 0) ? Locale.ENGLISH : Locale.forLanguageTag(name.substring(underscore + 1));
			Properties words = new Properties();
			try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
				words.load(in);
			}
			bundles.computeIfAbsent(bundle, (key) -> new HashMap<>()).put(language, words);
		}
		return bundles;
	}

}
