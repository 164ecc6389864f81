package org.servewell.web.ui.webhooks;

import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.servewell.webhooks.DeliveryStatus;
import org.servewell.webhooks.DeliverySummary;
import org.servewell.webhooks.WebhookService;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.Notices;

/**
 * The most recent deliveries to every webhook, newest first: the event, where it stands
 * (status, attempts, the receiver's last answer, the next attempt, the last error), and
 * "Send again" for a failed one. Three columns, so that it fits a phone.
 */
class DeliveryTable extends Composite<Grid<DeliverySummary>> {

	private final WebhookService webhooks;

	DeliveryTable(WebhookService webhooks) {
		this.webhooks = webhooks;
		Grid<DeliverySummary> grid = getContent();
		grid.addComponentColumn(this::event).setHeader(getTranslation("webhooks.column.event")).setFlexGrow(2);
		grid.addComponentColumn(this::status).setHeader(getTranslation("webhooks.column.status")).setFlexGrow(3);
		grid.addComponentColumn(this::action).setHeader("").setAutoWidth(true).setFlexGrow(0);
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAriaLabel(getTranslation("webhooks.deliveries"));
		grid.setEmptyStateText(getTranslation("webhooks.deliveries.empty"));
		grid.setAllRowsVisible(true);
		refresh();
	}

	/** Reads the deliveries again. */
	void refresh() {
		getContent().setItems(this.webhooks.recentDeliveries());
	}

	private Component event(DeliverySummary delivery) {
		Span to = new Span(getTranslation("webhooks.delivery.to", delivery.webhookName(), when(delivery.createdAt())));
		to.getStyle().set("color", "var(--lumo-secondary-text-color)");
		return new Div(new Div(new Span(delivery.eventType())), new Div(to));
	}

	private Component status(DeliverySummary delivery) {
		Span badge = new Span(
				getTranslation("webhooks.delivery.status." + delivery.status().name().toLowerCase(Locale.ROOT)));
		badge.getElement().getThemeList().add(switch (delivery.status()) {
			case DELIVERED -> "badge success";
			case FAILED -> "badge error";
			case PENDING -> "badge";
		});
		Div cell = new Div(badge, secondary(progress(delivery)));
		if (delivery.status() != DeliveryStatus.DELIVERED && delivery.lastError() != null) {
			cell.add(secondary(delivery.lastError()));
		}
		return cell;
	}

	/**
	 * Attempts, the receiver's last answer and the next attempt in one line, so that the
	 * table fits a phone.
	 */
	String progress(DeliverySummary delivery) {
		StringBuilder line = new StringBuilder(getTranslation("webhooks.delivery.attempts", delivery.attempts()));
		if (delivery.lastStatusCode() != null) {
			line.append(getTranslation("webhooks.delivery.last-response", String.valueOf(delivery.lastStatusCode())));
		}
		if (delivery.nextAttemptAt() != null) {
			line.append(getTranslation("webhooks.delivery.next-attempt", when(delivery.nextAttemptAt())));
		}
		return line.toString();
	}

	private static Div secondary(String text) {
		Div line = new Div(text);
		line.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		return line;
	}

	private Component action(DeliverySummary delivery) {
		if (!delivery.canBeSentAgain()) {
			return new Span();
		}
		Button again = new Button(getTranslation("webhooks.send-again"), (click) -> {
			this.webhooks.sendAgain(delivery.id());
			Notices.done(getTranslation("webhooks.send-again.done"));
			refresh();
		});
		again.addThemeVariants(ButtonVariant.LUMO_SMALL);
		again.setAriaLabel(getTranslation("webhooks.send-again.label", delivery.eventType(), delivery.webhookName()));
		return again;
	}

	private String when(Instant instant) {
		return Formats.when(instant, getLocale());
	}

}
