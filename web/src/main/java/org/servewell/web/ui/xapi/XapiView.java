package org.servewell.web.ui.xapi;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.people.Roles;
import org.servewell.xapi.XapiService;

/**
 * Administrators point Servewell at their organisation's learning record store (LRS), try
 * it with a test statement, and follow the statements sent to it: how many wait, went and
 * failed, and why the failed ones failed.
 */
@Route("admin/xapi")
@Menu(title = "xAPI", order = 127, icon = "vaadin:cloud-upload")
@RolesAllowed(Roles.ADMIN)
public class XapiView extends Main implements HasDynamicTitle {

	final LrsSettingsForm settings;

	final StatementOverview statements;

	XapiView(XapiService service) {
		addClassName("sw-page");
		this.statements = new StatementOverview(service);
		this.settings = new LrsSettingsForm(service);
		add(new H2(getTranslation("xapi.title")), new Paragraph(getTranslation("xapi.intro")), this.settings,
				new H3(getTranslation("xapi.statements")), this.statements);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("xapi.title");
	}

}
