package org.servewell.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The languages Servewell writes its mails and certificates in, and which of them to
 * write in: the one a person chose, when Servewell writes it, otherwise the configured
 * default ({@code servewell.default-language}, English unless set). A language is matched
 * on the language alone, so a person who chose "de-CH" reads German.
 */
@Component
public class Languages {

	/** The languages Servewell writes in, English (the base bundles) first. */
	public static final List<Locale> WRITTEN = List.of(Locale.ENGLISH, Locale.GERMAN);

	private final Locale defaultLanguage;

	Languages(@Value("${servewell.default-language:en}") String defaultLanguage) {
		this.defaultLanguage = written(parse(defaultLanguage))
			.orElseThrow(() -> new IllegalStateException("servewell.default-language is '" + defaultLanguage
					+ "'; set it to one of the languages Servewell writes: "
					+ WRITTEN.stream().map(Locale::toLanguageTag).collect(Collectors.joining(", "))));
	}

	/** The language written to someone whose language is not known. */
	public Locale defaultLanguage() {
		return this.defaultLanguage;
	}

	/**
	 * The language to write to a person in: the one they chose (null for none) if
	 * Servewell writes it, otherwise the default.
	 */
	public Locale forPerson(Locale chosen) {
		return written(chosen).orElse(this.defaultLanguage);
	}

	/**
	 * The written language that best matches an HTTP {@code Accept-Language} header; the
	 * default when there is no header, it is malformed, or it asks for no written
	 * language.
	 */
	public Locale forAcceptLanguage(String header) {
		if (header == null || header.isBlank()) {
			return this.defaultLanguage;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(header), WRITTEN);
			return (match != null) ? match : this.defaultLanguage;
		}
		catch (IllegalArgumentException ex) {
			return this.defaultLanguage;
		}
	}

	/** A stored language tag ("de", "pt-BR") as a locale; null for none or nonsense. */
	public static Locale parse(String tag) {
		if (tag == null || tag.isBlank()) {
			return null;
		}
		Locale locale = Locale.forLanguageTag(tag.strip());
		return locale.getLanguage().isEmpty() ? null : locale;
	}

	/** The written language matching {@code language} on the language alone, if any. */
	static Optional<Locale> written(Locale language) {
		if (language == null) {
			return Optional.empty();
		}
		return WRITTEN.stream().filter((written) -> written.getLanguage().equals(language.getLanguage())).findFirst();
	}

}
