package org.servewell.web.ui.components;

import com.vaadin.flow.data.binder.BeanValidationBinder;

/**
 * The one way a form is checked: a binder for a record (a service's command, or a small
 * form record of the view's own) whose Bean Validation annotations say what is wrong,
 * shown beside the field. The fields' own built-in checks (min, max, pattern) are left
 * out, since their messages would be blank; the forms show their required indicators
 * themselves.
 */
public final class FormBinder {

	private FormBinder() {
	}

	/**
	 * A binder for {@code form}; read with {@code readRecord}, written with
	 * {@code writeRecord} once every component is bound by name.
	 */
	public static <T extends Record> BeanValidationBinder<T> forRecord(Class<T> form) {
		BeanValidationBinder<T> binder = new BeanValidationBinder<>(form);
		binder.setRequiredConfigurator(null);
		binder.setDefaultValidatorsEnabled(false);
		return binder;
	}

}
