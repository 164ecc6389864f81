package org.servewell.web.ui.webhooks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.people.Roles;
import org.servewell.webhooks.WebhookService;

/**
 * Administrators register URLs that Servewell tells when a course is completed or a
 * person is hired (each signing secret shown once), and follow the deliveries.
 */
@Route("admin/webhooks")
@PageTitle("Webhooks")
@Menu(title = "Webhooks", order = 120, icon = "vaadin:connect")
@RolesAllowed(Roles.ADMIN)
public class WebhooksView extends Main {

	final WebhookRegistration registration;

	final WebhookTable webhooks;

	final DeliveryTable deliveries;

	final Button refresh = new Button("Refresh");

	WebhooksView(WebhookService service) {
		addClassName("sw-page");
		this.deliveries = new DeliveryTable(service);
		this.webhooks = new WebhookTable(service, this.deliveries::refresh);
		this.registration = new WebhookRegistration(service, (registered) -> this.webhooks.refresh());
		this.refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.refresh.addClickListener((click) -> this.deliveries.refresh());
		add(new H2("Webhooks"),
				new Paragraph("Servewell posts a JSON event to each webhook's URL when a course is completed or a "
						+ "person is hired, signed with the webhook's secret. A receiver that does not answer with "
						+ "a 2xx status is tried again after 1 minute, 5 minutes, 30 minutes, 2 hours and 12 hours; "
						+ "then the delivery is marked failed and can be sent again below."),
				this.registration, new H3("Registered webhooks"), this.webhooks, new H3("Recent deliveries"),
				this.refresh, this.deliveries);
	}

}
