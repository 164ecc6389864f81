package org.servewell.web.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist, or that the person may not open (the two look the same, so
 * nothing leaks). A signed-in person keeps the frame (menu, name, sign-out) around it.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

	NotFoundView() {
		addClassName("sw-page");
		add(new H2(getTranslation("notfound.title")), new Paragraph(getTranslation("notfound.text")),
				new RouterLink(getTranslation("notfound.home"), HomeView.class));
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
		return HttpServletResponse.SC_NOT_FOUND;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("notfound.title");
	}

}
