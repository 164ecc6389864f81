package org.servewell.web.ui.webhooks;

import java.util.Locale;
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
		grid.addComponentColumn(this::webhook).setHeader(getTranslation("webhooks.column.webhook"));
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAriaLabel(getTranslation("webhooks.grid"));
		grid.setEmptyStateText(getTranslation("webhooks.empty"));
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
			Span deactivated = new Span(getTranslation("webhooks.deactivated"));
			deactivated.getElement().getThemeList().add("badge contrast small");
			deactivated.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
			title.add(deactivated);
		}
		Span url = new Span(webhook.url());
		url.getStyle().set("overflow-wrap", "anywhere").set("color", "var(--lumo-secondary-text-color)");
		Span sends = new Span(getTranslation("webhooks.sends",
				webhook.events()
					.stream()
					.sorted()
					.map((event) -> label(getContent(), event))
					.collect(Collectors.joining(", "))));
		sends.getStyle().set("font-size", "var(--lumo-font-size-s)");
		HorizontalLayout buttons = actions(webhook);
		buttons.getStyle().set("margin-top", "var(--lumo-space-xs)");
		return new Div(title, new Div(url), new Div(sends), buttons);
	}

	private HorizontalLayout actions(WebhookSummary webhook) {
		if (!webhook.active()) {
			return new HorizontalLayout(delete(webhook));
		}
		Button test = new Button(getTranslation("webhooks.test"), (click) -> {
			this.webhooks.sendTest(webhook.id());
			Notices.done(getTranslation("webhooks.test.done", webhook.name()));
			this.deliveriesChanged.run();
		});
		test.addThemeVariants(ButtonVariant.LUMO_SMALL);
		test.setAriaLabel(getTranslation("webhooks.test.label", webhook.name()));
		Button deactivate = new Button(getTranslation("webhooks.deactivate"),
				(click) -> Confirmation.ask(getTranslation("webhooks.deactivate.title", webhook.name()),
						getTranslation("webhooks.deactivate.text", webhook.url()),
						getTranslation("webhooks.deactivate"), () -> {
							this.webhooks.deactivate(webhook.id());
							Notices.done(getTranslation("webhooks.deactivate.done", webhook.name()));
							refresh();
							this.deliveriesChanged.run();
						}));
		deactivate.addThemeVariants(ButtonVariant.LUMO_SMALL);
		deactivate.setAriaLabel(getTranslation("webhooks.deactivate.label", webhook.name()));
		HorizontalLayout buttons = new HorizontalLayout(test, deactivate, delete(webhook));
		buttons.setWrap(true);
		buttons.setSpacing(true);
		return buttons;
	}

	private Button delete(WebhookSummary webhook) {
		Button delete = new Button(getTranslation("webhooks.delete"),
				(click) -> Confirmation.ask(getTranslation("webhooks.delete.title", webhook.name()),
						getTranslation("webhooks.delete.text"), getTranslation("webhooks.delete"), () -> {
							this.webhooks.delete(webhook.id());
							Notices.done(getTranslation("webhooks.delete.done", webhook.name()));
							refresh();
							this.deliveriesChanged.run();
						}));
		delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
		delete.setAriaLabel(getTranslation("webhooks.delete.label", webhook.name()));
		return delete;
	}

	/** An event's name in the page's language: "Course completed". */
	static String label(com.vaadin.flow.component.Component on, WebhookEvent event) {
		return on.getTranslation("webhooks.event." + event.name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

}
