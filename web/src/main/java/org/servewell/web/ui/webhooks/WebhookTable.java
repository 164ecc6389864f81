package org.servewell.web.ui.webhooks;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.servewell.webhooks.WebhookEvent;
import org.servewell.webhooks.WebhookService;
import org.servewell.webhooks.WebhookSummary;
import org.servewell.web.ui.components.Confirmation;
import org.servewell.web.ui.components.Notices;

/**
 * Every webhook, newest first: where it sends what, and buttons to send a test event,
 * deactivate it and delete it. One column, so that it reads the same on a phone.
 */
class WebhookTable extends Composite<Grid<WebhookSummary>> {

	private final WebhookService webhooks;

	private final Runnable deliveriesChanged;

	WebhookTable(WebhookService webhooks, Runnable deliveriesChanged) {
		this.webhooks = webhooks;
		this.deliveriesChanged = deliveriesChanged;
		Grid<WebhookSummary> grid = getContent();
		grid.addComponentColumn(this::webhook).setHeader("Webhook");
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAriaLabel("Webhooks");
		grid.setEmptyStateText("No webhooks yet. Register one above.");
		grid.setAllRowsVisible(true);
		refresh();
	}

	/** Reads the webhooks again. */
	void refresh() {
		getContent().setItems(this.webhooks.list());
	}

	/**
	 * One cell per webhook: its name (and "Deactivated"), where it sends what, and its
	 * buttons on a row of their own, which wraps on a phone instead of stacking.
	 */
	private Component webhook(WebhookSummary webhook) {
		Span name = new Span(webhook.name());
		name.getStyle().set("font-weight", "600");
		Div title = new Div(name);
		if (!webhook.active()) {
			Span deactivated = new Span("Deactivated");
			deactivated.getElement().getThemeList().add("badge contrast small");
			deactivated.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
			title.add(deactivated);
		}
		Span url = new Span(webhook.url());
		url.getStyle().set("overflow-wrap", "anywhere").set("color", "var(--lumo-secondary-text-color)");
		Span sends = new Span("Sends: "
				+ webhook.events().stream().sorted().map(WebhookEvent::label).collect(Collectors.joining(", ")));
		sends.getStyle().set("font-size", "var(--lumo-font-size-s)");
		HorizontalLayout buttons = actions(webhook);
		buttons.getStyle().set("margin-top", "var(--lumo-space-xs)");
		return new Div(title, new Div(url), new Div(sends), buttons);
	}

	private HorizontalLayout actions(WebhookSummary webhook) {
		if (!webhook.active()) {
			return new HorizontalLayout(delete(webhook));
		}
		Button test = new Button("Send test", (click) -> {
			this.webhooks.sendTest(webhook.id());
			Notices.done("Test event for \"" + webhook.name() + "\" queued; it is sent within a minute.");
			this.deliveriesChanged.run();
		});
		test.addThemeVariants(ButtonVariant.LUMO_SMALL);
		test.setAriaLabel("Send a test event to " + webhook.name());
		Button deactivate = new Button("Deactivate",
				(click) -> Confirmation.ask("Deactivate \"" + webhook.name() + "\"?",
						"No more events are sent to " + webhook.url()
								+ ", and events waiting to be sent are given up. This cannot be undone.",
						"Deactivate", () -> {
							this.webhooks.deactivate(webhook.id());
							Notices.done("Webhook \"" + webhook.name() + "\" deactivated.");
							refresh();
							this.deliveriesChanged.run();
						}));
		deactivate.addThemeVariants(ButtonVariant.LUMO_SMALL);
		deactivate.setAriaLabel("Deactivate " + webhook.name());
		HorizontalLayout buttons = new HorizontalLayout(test, deactivate, delete(webhook));
		buttons.setWrap(true);
		buttons.setSpacing(true);
		return buttons;
	}

	private Button delete(WebhookSummary webhook) {
		Button delete = new Button("Delete",
				(click) -> Confirmation.ask("Delete \"" + webhook.name() + "\"?",
						"The webhook and the list of its deliveries are deleted; the audit log keeps that it existed.",
						"Delete", () -> {
							this.webhooks.delete(webhook.id());
							Notices.done("Webhook \"" + webhook.name() + "\" deleted.");
							refresh();
							this.deliveriesChanged.run();
						}));
		delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
		delete.setAriaLabel("Delete " + webhook.name());
		return delete;
	}

}
