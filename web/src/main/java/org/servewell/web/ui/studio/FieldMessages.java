package org.servewell.web.ui.studio;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.BindingValidationStatusHandler;

/**
 * Shows a binding's Bean Validation message in the page's language: the studio's form
 * records name a key of the studio's bundle as each constraint's message, and the field
 * shows that key's text.
 */
final class FieldMessages {

	private FieldMessages() {
	}

	/** Marks {@code field} invalid with its message's text, or valid. */
	static <F extends Component & HasValidation> BindingValidationStatusHandler translated(F field) {
		return (status) -> {
			field.setInvalid(status.isError());
			field.setErrorMessage(status.getMessage().map((key) -> field.getTranslation(key)).orElse(""));
		};
	}

}
