package org.servewell.web.ui.webhooks;

import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;

import org.servewell.web.ui.ErrorReporting;
import org.servewell.webhooks.InvalidWebhookException;
import org.servewell.webhooks.NewWebhook;
import org.servewell.webhooks.WebhookEvent;
import org.servewell.webhooks.WebhookForm;
import org.servewell.webhooks.WebhookLimits;
import org.servewell.webhooks.WebhookService;
import org.servewell.web.ui.components.FormBinder;
import org.servewell.web.ui.components.Notices;
import org.servewell.web.ui.components.SecretShownOnce;

/**
 * The form that registers a webhook, and its signing secret, shown once beneath it until
 * the next webhook is registered or the page is left.
 */
class WebhookRegistration extends Div {

	final TextField name = new TextField(getTranslation("webhooks.field.name"));

	final TextField url = new TextField(getTranslation("webhooks.field.url"));

	final CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>(getTranslation("webhooks.field.events"));

	final Button register = new Button(getTranslation("webhooks.register"));

	/** The new webhook's secret; empty until one is registered. */
	final SecretShownOnce secret = new SecretShownOnce(getTranslation("webhooks.secret"));

	private final BeanValidationBinder<WebhookForm> binder = FormBinder.forRecord(WebhookForm.class);

	private final WebhookService webhooks;

	private final Consumer<NewWebhook> registered;

	WebhookRegistration(WebhookService webhooks, Consumer<NewWebhook> registered) {
		this.webhooks = webhooks;
		this.registered = registered;
		this.name.setMaxLength(WebhookLimits.NAME_LENGTH);
		this.name.setPlaceholder(getTranslation("webhooks.field.name.placeholder"));
		this.name.setWidth("min(20em, 100%)");
		this.url.setMaxLength(WebhookLimits.URL_LENGTH);
		this.url.setPlaceholder(getTranslation("webhooks.field.url.placeholder"));
		this.url.setWidth("min(28em, 100%)");
		this.events.setItems(WebhookEvent.values());
		this.events.setItemLabelGenerator((event) -> WebhookTable.label(this, event));
		this.binder.forField(this.name).bind("name");
		this.binder.forField(this.url).bind("url");
		this.binder.forField(this.events).bind("events");
		clearForm();
		this.register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.register.addClickListener((click) -> register());
		HorizontalLayout fields = new HorizontalLayout(this.name, this.url, this.events, this.register);
		fields.setAlignItems(FlexComponent.Alignment.BASELINE);
		fields.setWrap(true);
		add(new H3(getTranslation("webhooks.new")), fields, this.secret);
	}

	private void register() {
		WebhookForm form;
		try {
			form = this.binder.writeRecord();
		}
		catch (ValidationException ex) {
			return;
		}
		try {
			NewWebhook webhook = this.webhooks.register(form);
			this.secret.show(webhook.secret(), getTranslation("webhooks.secret.note", webhook.webhook().name()));
			clearForm();
			Notices.done(getTranslation("webhooks.registered.done", webhook.webhook().name()));
			this.registered.accept(webhook);
		}
		catch (InvalidWebhookException ex) {
			TextField field = "url".equals(ex.field()) ? this.url : this.name;
			field.setErrorMessage(ErrorReporting.refused(ex));
			field.setInvalid(true);
		}
	}

	private void clearForm() {
		this.binder.readRecord(new WebhookForm("", "", Set.of(WebhookEvent.values())));
	}

}
