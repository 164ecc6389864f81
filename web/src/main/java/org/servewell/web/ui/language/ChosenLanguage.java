package org.servewell.web.ui.language;

import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import org.servewell.people.LanguagePreference;

/**
 * Shows each new page in the language the signed-in person chose, if they chose one of
 * the offered languages. Vaadin has already given the page the offered language that best
 * matches the browser's; that stays for visitors, for people who chose none, and when the
 * choice cannot be read.
 * <p>
 * It also declares the page's language on {@code <html lang>}, which screen readers
 * pronounce by: Vaadin writes its default language there whatever the page's
 * (vaadin/flow#18585). The page as first sent carries the browser's best-matching
 * language; each new UI then sets the one it shows.
 */
@Component
class ChosenLanguage implements VaadinServiceInitListener {

	private static final Logger log = LoggerFactory.getLogger(ChosenLanguage.class);

	private final LanguagePreference languages;

	private final AuthenticationContext authentication;

	ChosenLanguage(LanguagePreference languages, AuthenticationContext authentication) {
		this.languages = languages;
		this.authentication = authentication;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener((init) -> apply(init.getUI()));
		event.addIndexHtmlRequestListener((response) -> response.getDocument()
			.getElementsByTag("html")
			.attr("lang", offered(response.getVaadinRequest().getLocale()).orElse(Translations.LANGUAGES.get(0))
				.getLanguage()));
	}

	/** Gives the page the signed-in person's chosen language, if any. */
	void apply(UI ui) {
		if (this.authentication.isAuthenticated()) {
			try {
				this.languages.mine().flatMap(ChosenLanguage::offered).ifPresent(ui::setLocale);
			}
			catch (RuntimeException ex) {
				// The page still works in the browser's language; the choice applies
				// next time.
				log.warn("Could not read the signed-in person's language: {}", ex.toString());
			}
		}
		ui.getPage().executeJs("document.documentElement.lang = $0", ui.getLocale().getLanguage());
	}

	/**
	 * The offered language for a chosen one: "de-AT" gets German, an unoffered one none.
	 */
	static Optional<Locale> offered(Locale chosen) {
		if (chosen == null) {
			return Optional.empty();
		}
		return Translations.LANGUAGES.stream()
			.filter((language) -> language.getLanguage().equals(chosen.getLanguage()))
			.findFirst();
	}

}
