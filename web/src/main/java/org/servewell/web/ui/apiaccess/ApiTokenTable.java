package org.servewell.web.ui.apiaccess;

import java.time.Instant;
import java.time.ZoneOffset;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

import org.servewell.apiaccess.ApiTokenService;
import org.servewell.apiaccess.ApiTokenSummary;
import org.servewell.web.ui.components.Confirmation;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.Notices;

/** Every token, newest first, with when it was last used and a way to revoke it. */
class ApiTokenTable extends Composite<Grid<ApiTokenSummary>> {

	private final ApiTokenService tokens;

	ApiTokenTable(ApiTokenService tokens) {
		this.tokens = tokens;
		Grid<ApiTokenSummary> grid = getContent();
		grid.addColumn(ApiTokenSummary::name).setHeader("Name").setAutoWidth(true);
		grid.addColumn((token) -> token.prefix() + "…").setHeader("Starts with").setAutoWidth(true);
		grid.addColumn((token) -> token.scope().label()).setHeader("May").setAutoWidth(true);
		grid.addColumn(ApiTokenSummary::createdBy).setHeader("Acts as").setAutoWidth(true);
		grid.addColumn((token) -> lastDay(token.expiresAt())).setHeader("Valid until").setAutoWidth(true);
		grid.addColumn((token) -> (token.lastUsedAt() != null) ? when(token.lastUsedAt()) : "Never")
			.setHeader("Last used")
			.setAutoWidth(true);
		grid.addComponentColumn(this::state).setHeader("Status").setAutoWidth(true);
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAriaLabel("API tokens");
		grid.setEmptyStateText("No tokens yet. Create one above.");
		grid.setAllRowsVisible(true);
		refresh();
	}

	/** Reads the tokens again. */
	void refresh() {
		getContent().setItems(this.tokens.list());
	}

	private Component state(ApiTokenSummary token) {
		if (token.revokedAt() != null) {
			return new Span("Revoked " + when(token.revokedAt()));
		}
		if (!token.activeAt(Instant.now())) {
			return new Span("Expired");
		}
		Button revoke = new Button("Revoke", (click) -> Confirmation.ask("Revoke \"" + token.name() + "\"?",
				"Clients using this token are refused from now on. This cannot be undone.", "Revoke", () -> {
					this.tokens.revoke(token.id());
					Notices.done("Token \"" + token.name() + "\" revoked.");
					refresh();
				}));
		revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
		revoke.setAriaLabel("Revoke " + token.name());
		return revoke;
	}

	/**
	 * The last day a token works, as the administrator chose it: a token expires at the
	 * start of the next day (UTC), so a token valid until 2 March shows as "2 Mar 2027",
	 * not as 3 March at midnight.
	 */
	private static String lastDay(Instant expiresAt) {
		return Formats.DAY.withZone(ZoneOffset.UTC).format(expiresAt.minusSeconds(1));
	}

	private static String when(Instant instant) {
		return Formats.WHEN.format(instant);
	}

}
