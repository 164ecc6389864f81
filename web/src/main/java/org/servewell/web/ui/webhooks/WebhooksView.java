package org.servewell.web.ui.webhooks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.people.Roles;
import org.servewell.webhooks.WebhookService;

/**
 * Administrators register URLs that Servewell tells when a course is completed or a
 * person is hired (each signing secret shown once), and follow the deliveries.
 */
@Route("admin/webhooks")
@Menu(title = "Webhooks", order = 120, icon = "vaadin:connect")
@RolesAllowed(Roles.ADMIN)
public class WebhooksView extends Main implements HasDynamicTitle {

	final WebhookRegistration registration;

	final WebhookTable webhooks;

	final DeliveryTable deliveries;

	final Button refresh = new Button(getTranslation("webhooks.refresh"));

	WebhooksView(WebhookService service) {
		addClassName("sw-page");
		this.deliveries = new DeliveryTable(service);
		this.webhooks = new WebhookTable(service, this.deliveries::refresh);
		this.registration = new WebhookRegistration(service, (registered) -> this.webhooks.refresh());
		this.refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.refresh.addClickListener((click) -> this.deliveries.refresh());
		add(new H2(getTranslation("webhooks.title")), new Paragraph(getTranslation("webhooks.intro")),
				this.registration, new H3(getTranslation("webhooks.registered")), this.webhooks,
				new H3(getTranslation("webhooks.recent")), this.refresh, this.deliveries);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("webhooks.title");
	}

}
