package org.servewell.web.ui.apiaccess;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.apiaccess.ApiTokenService;
import org.servewell.people.Roles;

/**
 * Administrators create tokens for other systems to call the REST API (each secret shown
 * once), see when each was last used, and revoke them.
 */
@Route("admin/api-tokens")
@PageTitle("API tokens")
@Menu(title = "API tokens", order = 110, icon = "vaadin:key")
@RolesAllowed(Roles.ADMIN)
public class ApiTokensView extends Main {

	final ApiTokenCreator creator;

	final ApiTokenTable table;

	ApiTokensView(ApiTokenService tokens) {
		addClassName("sw-page");
		this.table = new ApiTokenTable(tokens);
		this.creator = new ApiTokenCreator(tokens, (created) -> this.table.refresh());
		add(new H2("API tokens"), new Paragraph("Other systems, such as an HR system, call Servewell's REST API "
				+ "at /api/v1 with a token. A token acts as you, the administrator who creates it: read tokens may "
				+ "only read; read-and-write tokens may also create and change. See /swagger-ui.html for the API."),
				this.creator, this.table);
	}

}
