package org.servewell.web.ui.apiaccess;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.apiaccess.ApiTokenService;
import org.servewell.people.Roles;

/**
 * Administrators create tokens for other systems to call the REST API (each secret shown
 * once), see when each was last used, and revoke them.
 */
@Route("admin/api-tokens")
@Menu(title = "API tokens", order = 110, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
public class ApiTokensView extends Main implements HasDynamicTitle {

	final ApiTokenCreator creator;

	final ApiTokenTable table;

	ApiTokensView(ApiTokenService tokens) {
		addClassName("sw-page");
		this.table = new ApiTokenTable(tokens);
		this.creator = new ApiTokenCreator(tokens, (created) -> this.table.refresh());
		add(new H2(getTranslation("api.title")), new Paragraph(getTranslation("api.intro")), this.creator, this.table);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("api.title");
	}

}
