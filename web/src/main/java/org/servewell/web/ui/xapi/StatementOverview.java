package org.servewell.web.ui.xapi;

import java.time.Instant;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.Notices;
import org.servewell.xapi.FailedStatement;
import org.servewell.xapi.XapiOverview;
import org.servewell.xapi.XapiService;

/**
 * How many statements wait, went and failed, the newest failures with the LRS's last
 * answer, and "Send failed ones again". Two columns, so that it fits a phone.
 */
class StatementOverview extends Div {

	final Paragraph counts = new Paragraph();

	final Grid<FailedStatement> failures = new Grid<>();

	final Button sendAgain = new Button(getTranslation("xapi.send-again"));

	final Button refresh = new Button(getTranslation("xapi.refresh"));

	private final XapiService xapi;

	StatementOverview(XapiService xapi) {
		this.xapi = xapi;
		this.failures.addComponentColumn(this::statement)
			.setHeader(getTranslation("xapi.column.statement"))
			.setFlexGrow(2);
		this.failures.addComponentColumn(this::failure).setHeader(getTranslation("xapi.column.failure")).setFlexGrow(3);
		this.failures.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.failures.setAriaLabel(getTranslation("xapi.failures"));
		this.failures.setEmptyStateText(getTranslation("xapi.failures.empty"));
		this.failures.setAllRowsVisible(true);
		this.sendAgain.addClickListener((click) -> {
			int again = this.xapi.sendFailedAgain();
			Notices.done(getTranslation("xapi.send-again.done", again));
			refresh();
		});
		this.refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.refresh.addClickListener((click) -> refresh());
		add(this.counts, new HorizontalLayout(this.sendAgain, this.refresh), this.failures);
		refresh();
	}

	/** Reads the counts and failures again. */
	void refresh() {
		XapiOverview overview = this.xapi.overview();
		this.counts.setText(getTranslation("xapi.counts", overview.pending(), overview.delivered(), overview.failed()));
		this.failures.setItems(overview.latestFailures());
		this.sendAgain.setEnabled(overview.failed() > 0);
	}

	private Component statement(FailedStatement statement) {
		Span when = new Span(when(statement.createdAt()));
		when.getStyle().set("color", "var(--lumo-secondary-text-color)");
		return new Div(new Div(new Span(statement.verb())), new Div(when));
	}

	private Component failure(FailedStatement statement) {
		StringBuilder line = new StringBuilder(getTranslation("xapi.attempts", statement.attempts()));
		if (statement.lastStatusCode() != null) {
			line.append(getTranslation("xapi.last-response", String.valueOf(statement.lastStatusCode())));
		}
		Div error = new Div((statement.lastError() != null) ? statement.lastError() : "");
		error.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
		return new Div(new Div(line.toString()), error);
	}

	private String when(Instant instant) {
		return Formats.when(instant, getLocale());
	}

}
