package org.servewell.web.ui.learning;

import com.vaadin.flow.component.HasElement;

/**
 * Marks a course's words with the language they are written in, so a screen reader speaks
 * an untranslated English course on a German page in English (WCAG 3.1.2, language of
 * parts).
 */
final class WrittenIn {

	private WrittenIn() {
	}

	/** Marks the component's content as written in this language tag ("en", "de"). */
	static <T extends HasElement> T language(T component, String language) {
		component.getElement().setAttribute("lang", language);
		return component;
	}

}
