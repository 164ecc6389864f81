package org.servewell.web.ui.language;

import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import org.servewell.people.LanguagePreference;
import org.servewell.shared.Refusal;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Notices;

/**
 * Where a person chooses the language of Servewell's screens, or lets them follow the
 * browser's. A choice is kept at once and the page is drawn again in it; every page the
 * person opens from then on, on any device, uses it.
 */
public class LanguageChoice extends Composite<Div> {

	/** The offered languages; none chosen (empty) follows the browser. */
	final Select<Locale> language = new Select<>();

	private final LanguagePreference languages;

	public LanguageChoice(LanguagePreference languages) {
		this.languages = languages;
		this.language.setLabel(getTranslation("language.label"));
		this.language.setItems(Translations.LANGUAGES);
		this.language.setEmptySelectionAllowed(true);
		this.language.setEmptySelectionCaption(getTranslation("language.browser"));
		this.language.setItemLabelGenerator(
				(language) -> (language != null) ? name(language) : getTranslation("language.browser"));
		this.language.setValue(languages.mine().flatMap(ChosenLanguage::offered).orElse(null));
		this.language.addValueChangeListener((change) -> {
			if (change.isFromClient()) {
				choose(change.getValue());
			}
		});
		getContent().addClassName("sw-language-choice");
		getContent().add(new H3(getTranslation("language.title")), new Paragraph(getTranslation("language.intro")),
				this.language);
	}

	/** A language by its own name, as people look for it: "English", "Deutsch". */
	static String name(Locale language) {
		String name = language.getDisplayLanguage(language);
		return name.substring(0, 1).toUpperCase(language) + name.substring(1);
	}

	private void choose(Locale chosen) {
		try {
			this.languages.chooseMine(chosen);
		}
		catch (Refusal ex) {
			Notices.refused(ex);
			return;
		}
		catch (RuntimeException ex) {
			Notices.problem(ErrorReporting.report(ex));
			return;
		}
		getUI().ifPresent((ui) -> {
			Locale shown = (chosen != null) ? chosen : ui.getSession().getLocale();
			if (shown.equals(ui.getLocale())) {
				Notices.done(getTranslation("language.saved"));
				return;
			}
			ui.setLocale(shown);
			// Every text on the page, the frame's too, is drawn again in the new
			// language.
			ui.getPage().reload();
		});
	}

}
