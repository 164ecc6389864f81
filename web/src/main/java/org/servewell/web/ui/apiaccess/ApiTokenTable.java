package org.servewell.web.ui.apiaccess;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

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
		grid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("api.column.name")).setAutoWidth(true);
		grid.addColumn((token) -> token.prefix() + "…")
			.setHeader(getTranslation("api.column.prefix"))
			.setAutoWidth(true);
		grid.addColumn(this::scope).setHeader(getTranslation("api.column.scope")).setAutoWidth(true);
		grid.addColumn(ApiTokenSummary::createdBy).setHeader(getTranslation("api.column.acts-as")).setAutoWidth(true);
		grid.addColumn((token) -> lastDay(token.expiresAt()))
			.setHeader(getTranslation("api.column.valid-until"))
			.setAutoWidth(true);
		grid.addColumn((token) -> (token.lastUsedAt() != null) ? when(token.lastUsedAt()) : getTranslation("api.never"))
			.setHeader(getTranslation("api.column.last-used"))
			.setAutoWidth(true);
		grid.addComponentColumn(this::state).setHeader(getTranslation("api.column.status")).setAutoWidth(true);
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAriaLabel(getTranslation("api.grid"));
		grid.setEmptyStateText(getTranslation("api.empty"));
		grid.setAllRowsVisible(true);
		refresh();
	}

	/** Reads the tokens again. */
	void refresh() {
		getContent().setItems(this.tokens.list());
	}

	private Component state(ApiTokenSummary token) {
		if (token.revokedAt() != null) {
			return new Span(getTranslation("api.revoked", when(token.revokedAt())));
		}
		if (!token.activeAt(Instant.now())) {
			return new Span(getTranslation("api.expired"));
		}
		Button revoke = new Button(getTranslation("api.revoke"),
				(click) -> Confirmation.ask(getTranslation("api.revoke.title", token.name()),
						getTranslation("api.revoke.text"), getTranslation("api.revoke"), () -> {
							this.tokens.revoke(token.id());
							Notices.done(getTranslation("api.revoke.done", token.name()));
							refresh();
						}));
		revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
		revoke.setAriaLabel(getTranslation("api.revoke.label", token.name()));
		return revoke;
	}

	/**
	 * The last day a token works, as the administrator chose it: a token expires at the
	 * start of the next day (UTC), so a token valid until 2 March shows as "2 Mar 2027",
	 * not as 3 March at midnight.
	 */
	private String lastDay(Instant expiresAt) {
		return Formats.day(expiresAt.minusSeconds(1).atZone(ZoneOffset.UTC).toLocalDate(), getLocale());
	}

	private String when(Instant instant) {
		return Formats.when(instant, getLocale());
	}

	private String scope(ApiTokenSummary token) {
		return getTranslation("api.scope." + token.scope().name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

}
