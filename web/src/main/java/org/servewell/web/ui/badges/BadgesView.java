package org.servewell.web.ui.badges;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import org.servewell.badges.BadgeIssuer;
import org.servewell.badges.BadgeService;
import org.servewell.badges.SigningKeySummary;
import org.servewell.people.Roles;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Confirmation;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.Notices;

/**
 * Administrators see who Servewell names as the badges' issuer and the keys that sign
 * them, and make a new key, for example when the old one may have leaked: badges signed
 * before still verify, because every key used stays published.
 */
@Route("admin/badges")
@Menu(title = "Open Badges", order = 125, icon = "vaadin:medal")
@RolesAllowed(Roles.ADMIN)
public class BadgesView extends Main implements HasDynamicTitle {

	final Grid<SigningKeySummary> keys = new Grid<>();

	final Button rotate = new Button(getTranslation("badges.rotate"));

	private final BadgeService badges;

	BadgesView(BadgeService badges) {
		this.badges = badges;
		addClassName("sw-page");
		BadgeIssuer issuer = badges.issuer();
		this.keys.addColumn(SigningKeySummary::generation)
			.setHeader(getTranslation("badges.keys.generation"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.keys.addColumn((key) -> Formats.when(key.createdAt(), getLocale()))
			.setHeader(getTranslation("badges.keys.created"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.keys.addComponentColumn((key) -> {
			// A URL has no spaces to break at: let it break anywhere rather than cut it
			// off.
			Span id = new Span(key.keyId());
			id.getStyle().set("overflow-wrap", "anywhere");
			return id;
		}).setHeader(getTranslation("badges.keys.id")).setFlexGrow(1);
		this.keys.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.keys.setAllRowsVisible(true);
		this.keys.setAriaLabel(getTranslation("badges.keys.label"));
		this.keys.setEmptyStateText(getTranslation("badges.keys.empty"));
		this.rotate.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.rotate.addClickListener((click) -> Confirmation.ask(getTranslation("badges.rotate.header"),
				getTranslation("badges.rotate.text"), getTranslation("badges.rotate.confirm"), this::rotate));
		Paragraph published = new Paragraph(getTranslation("badges.published"));
		published.add(" ");
		published.add(new Anchor(issuer.keySetUrl(), issuer.keySetUrl()));
		add(new H2(getTranslation("badges.title")), new Paragraph(getTranslation("badges.intro", issuer.name())),
				published, new H3(getTranslation("badges.keys")), this.keys,
				new Paragraph(getTranslation("badges.rotate.why")), this.rotate);
		refresh();
	}

	private void rotate() {
		try {
			SigningKeySummary made = this.badges.rotateKey();
			refresh();
			Notices.done(getTranslation("badges.rotated", made.generation()));
		}
		catch (RuntimeException ex) {
			Notices.problem(ErrorReporting.report(ex));
		}
	}

	private void refresh() {
		this.keys.setItems(this.badges.signingKeys());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("badges.title");
	}

}
