package org.servewell.web.ui.reports;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import org.servewell.web.ui.language.Translations;

/**
 * The page's words and language, for the reports' helpers that write text but are not
 * components themselves (cells, sentences): a component's translations, or a provider's
 * in a given language where there is no page (a unit test).
 */
interface Words {

	/** The text under {@code key} in the page's language, with its arguments. */
	String translate(String key, Object... arguments);

	/** The page's language, for days and figures. */
	Locale locale();

	/** The words of the page {@code component} is on. */
	static Words of(Component component) {
		return new Words() {

			@Override
			public String translate(String key, Object... arguments) {
				return component.getTranslation(key, arguments);
			}

			@Override
			public Locale locale() {
				UI ui = component.getUI().orElseGet(UI::getCurrent);
				return (ui != null) ? ui.getLocale() : Translations.LANGUAGES.get(0);
			}

		};
	}

	/** The words of {@code provider} in {@code language}. */
	static Words of(I18NProvider provider, Locale language) {
		return new Words() {

			@Override
			public String translate(String key, Object... arguments) {
				return provider.getTranslation(key, language, arguments);
			}

			@Override
			public Locale locale() {
				return language;
			}

		};
	}

}
