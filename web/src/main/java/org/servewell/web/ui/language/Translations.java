package org.servewell.web.ui.language;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;

import org.springframework.stereotype.Component;

/**
 * Servewell's screen texts in English and German, read from the bundles in
 * {@link #BUNDLES}: {@code vaadin-i18n/translations.properties} (English, the default)
 * and {@code translations_de.properties} for the frame and the learner's screens, and one
 * pair for each other area (studio, hiring, reports, administration). A key lives in
 * exactly one bundle. Vaadin gives each new UI the offered language that best matches the
 * browser's; {@link ChosenLanguage} then applies the one the person chose.
 * <p>
 * Every text is a {@link MessageFormat} pattern, with or without arguments, so an
 * apostrophe is always written twice ({@code course''s}); numbers in arguments are
 * written in the reader's language ("12,000", "12.000"). A key missing from German falls
 * back to English; a key missing from both shows as {@code !key!} (the bundle test keeps
 * both complete).
 */
@Component
public class Translations implements I18NProvider {

	/**
	 * Where the frame's and the learner's bundle lives on the class path, without the
	 * language and extension.
	 */
	public static final String BUNDLE = "vaadin-i18n/translations";

	/** Every bundle, searched in this order. */
	public static final List<String> BUNDLES = List.of(BUNDLE, "vaadin-i18n/studio", "vaadin-i18n/hiring",
			"vaadin-i18n/reports", "vaadin-i18n/admin");

	/** The languages offered, the default first. */
	public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

	private static final ResourceBundle.Control NO_SYSTEM_FALLBACK = ResourceBundle.Control
		.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	/**
	 * The key of a menu entry's title: "menu." and the page's path with dots for slashes
	 * ("menu.admin.people"); the home page's is "menu.home".
	 */
	public static String menuKey(String path) {
		String route = path.startsWith("/") ? path.substring(1) : path;
		return "menu." + (route.isEmpty() ? "home" : route.replace('/', '.'));
	}

	@Override
	public List<Locale> getProvidedLocales() {
		return LANGUAGES;
	}

	@Override
	public String getTranslation(String key, Locale locale, Object... params) {
		Locale language = (locale != null) ? locale : LANGUAGES.get(0);
		for (String bundle : BUNDLES) {
			ResourceBundle texts = ResourceBundle.getBundle(bundle, language, NO_SYSTEM_FALLBACK);
			if (texts.containsKey(key)) {
				return new MessageFormat(texts.getString(key), language).format(params);
			}
		}
		return "!" + key + "!";
	}

}
