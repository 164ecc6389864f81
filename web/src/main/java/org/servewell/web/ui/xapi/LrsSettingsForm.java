package org.servewell.web.ui.xapi;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;

import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.FormBinder;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.Notices;
import org.servewell.xapi.InvalidLrsException;
import org.servewell.xapi.LrsForm;
import org.servewell.xapi.LrsSettings;
import org.servewell.xapi.LrsTestResult;
import org.servewell.xapi.XapiLimits;
import org.servewell.xapi.XapiService;

/**
 * The LRS's endpoint, user name (key), password (secret) and whether statements are sent,
 * bound to {@link LrsForm}. The password is never shown back: the field stays empty and
 * says whether one is set, and an empty field keeps it. "Send test statement" sends one
 * at once and says how the LRS answered.
 */
class LrsSettingsForm extends Div {

	final TextField endpoint = new TextField(getTranslation("xapi.field.endpoint"));

	final TextField username = new TextField(getTranslation("xapi.field.username"));

	final PasswordField password = new PasswordField(getTranslation("xapi.field.password"));

	final Checkbox enabled = new Checkbox(getTranslation("xapi.field.enabled"));

	final Button save = new Button(getTranslation("xapi.save"));

	final Button test = new Button(getTranslation("xapi.test"));

	/** Who changed the settings last, and whether they are set at all. */
	final Paragraph state = new Paragraph();

	private final BeanValidationBinder<LrsForm> binder = FormBinder.forRecord(LrsForm.class);

	private final XapiService xapi;

	LrsSettingsForm(XapiService xapi) {
		this.xapi = xapi;
		this.endpoint.setMaxLength(XapiLimits.ENDPOINT_LENGTH);
		this.endpoint.setPlaceholder(getTranslation("xapi.field.endpoint.placeholder"));
		this.endpoint.setWidth("min(28em, 100%)");
		this.username.setMaxLength(XapiLimits.USERNAME_LENGTH);
		this.username.setWidth("min(16em, 100%)");
		this.password.setMaxLength(XapiLimits.PASSWORD_LENGTH);
		this.password.setWidth("min(16em, 100%)");
		this.binder.forField(this.endpoint).bind("endpoint");
		this.binder.forField(this.username).bind("username");
		this.binder.forField(this.password).bind("password");
		this.binder.forField(this.enabled).bind("enabled");
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((click) -> save());
		this.test.addClickListener((click) -> sendTest());
		HorizontalLayout fields = new HorizontalLayout(this.endpoint, this.username, this.password);
		fields.setAlignItems(FlexComponent.Alignment.BASELINE);
		fields.setWrap(true);
		HorizontalLayout buttons = new HorizontalLayout(this.enabled, this.save, this.test);
		buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
		buttons.setWrap(true);
		add(new H3(getTranslation("xapi.lrs")), this.state, fields, buttons);
		show(xapi.settings());
	}

	private void save() {
		LrsForm form;
		try {
			form = this.binder.writeRecord();
		}
		catch (ValidationException ex) {
			return;
		}
		try {
			show(Optional.of(this.xapi.save(form)));
			Notices.done(getTranslation(form.enabled() ? "xapi.saved.on" : "xapi.saved.off"));
		}
		catch (InvalidLrsException ex) {
			var field = switch (ex.field()) {
				case "password" -> this.password;
				case "username" -> this.username;
				default -> this.endpoint;
			};
			field.setErrorMessage(ErrorReporting.refused(ex));
			field.setInvalid(true);
		}
	}

	private void sendTest() {
		LrsTestResult result = this.xapi.sendTest();
		if (result.accepted()) {
			Notices.done(getTranslation("xapi.test.accepted", String.valueOf(result.statusCode())));
		}
		else {
			Notices.problem(getTranslation("xapi.test.refused", result.error()));
		}
	}

	/** Shows the settings as saved, the password field empty. */
	private void show(Optional<LrsSettings> settings) {
		this.binder
			.readRecord(settings.map((saved) -> new LrsForm(saved.endpoint(), saved.username(), "", saved.enabled()))
				.orElseGet(() -> new LrsForm("", "", "", true)));
		this.password.setPlaceholder(
				getTranslation(settings.isPresent() ? "xapi.field.password.set" : "xapi.field.password.not-set"));
		this.password.setHelperText(settings.isPresent() ? getTranslation("xapi.field.password.keep") : null);
		this.test.setEnabled(settings.isPresent());
		this.state
			.setText(settings
				.map((saved) -> getTranslation(saved.enabled() ? "xapi.state.on" : "xapi.state.off", saved.updatedBy(),
						Formats.when(saved.updatedAt(), getLocale())))
				.orElseGet(() -> getTranslation("xapi.state.none")));
	}

}
