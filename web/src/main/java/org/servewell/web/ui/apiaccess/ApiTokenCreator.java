package org.servewell.web.ui.apiaccess;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;

import org.servewell.web.ui.ErrorReporting;
import org.servewell.apiaccess.ApiScope;
import org.servewell.apiaccess.ApiTokenForm;
import org.servewell.apiaccess.ApiTokenLimits;
import org.servewell.apiaccess.ApiTokenService;
import org.servewell.apiaccess.InvalidApiTokenException;
import org.servewell.apiaccess.NewApiToken;
import org.servewell.web.ui.components.DateFields;
import org.servewell.web.ui.components.FormBinder;
import org.servewell.web.ui.components.Notices;
import org.servewell.web.ui.components.SecretShownOnce;

/**
 * The form that creates a token, and the new token's secret, shown once beneath it until
 * the next token is created or the page is left.
 */
class ApiTokenCreator extends Div {

	final TextField name = new TextField(getTranslation("api.field.name"));

	final ComboBox<ApiScope> scope = new ComboBox<>(getTranslation("api.field.scope"));

	final DatePicker expiresOn = DateFields.datePicker(getTranslation("api.field.valid-until"));

	final Button create = new Button(getTranslation("api.create"));

	/** The new secret; empty and hidden until a token is created. */
	final SecretShownOnce shown = new SecretShownOnce(getTranslation("api.secret"));

	final TextField secret = this.shown.field();

	final Paragraph secretNote = this.shown.note();

	private final BeanValidationBinder<ApiTokenForm> binder = FormBinder.forRecord(ApiTokenForm.class);

	private final ApiTokenService tokens;

	private final Consumer<NewApiToken> created;

	ApiTokenCreator(ApiTokenService tokens, Consumer<NewApiToken> created) {
		this.tokens = tokens;
		this.created = created;
		this.name.setMaxLength(ApiTokenLimits.NAME_LENGTH);
		this.name.setPlaceholder(getTranslation("api.field.name.placeholder"));
		this.name.setWidth("24em");
		this.scope.setItems(ApiScope.values());
		this.scope.setItemLabelGenerator(
				(scope) -> getTranslation("api.scope." + scope.name().toLowerCase(Locale.ROOT).replace('_', '-')));
		this.expiresOn.setMin(LocalDate.now().plusDays(1));
		this.expiresOn.setMax(LocalDate.now().plusDays(ApiTokenLimits.MAX_VALID_DAYS));
		this.binder.forField(this.name).bind("name");
		this.binder.forField(this.scope).bind("scope");
		this.binder.forField(this.expiresOn).bind("expiresOn");
		this.binder.readRecord(new ApiTokenForm("", ApiScope.READ, LocalDate.now().plusDays(90)));
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener((click) -> create());
		HorizontalLayout fields = new HorizontalLayout(this.name, this.scope, this.expiresOn, this.create);
		fields.setAlignItems(HorizontalLayout.Alignment.BASELINE);
		fields.setWrap(true);
		add(new H3(getTranslation("api.new")), fields, this.shown);
	}

	private void create() {
		ApiTokenForm form;
		try {
			form = this.binder.writeRecord();
		}
		catch (ValidationException ex) {
			return;
		}
		try {
			NewApiToken token = this.tokens.create(form);
			this.shown.show(token.secret(), getTranslation("api.secret.note", token.token().name()));
			this.binder.readRecord(new ApiTokenForm("", ApiScope.READ, LocalDate.now().plusDays(90)));
			Notices.done(getTranslation("api.created", token.token().name()));
			this.created.accept(token);
		}
		catch (InvalidApiTokenException ex) {
			this.expiresOn.setErrorMessage(ErrorReporting.refused(ex));
			this.expiresOn.setInvalid("expiresOn".equals(ex.field()));
			Notices.refused(ex);
		}
	}

}
