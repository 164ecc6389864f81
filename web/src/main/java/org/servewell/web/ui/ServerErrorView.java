package org.servewell.web.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a person sees when opening a page fails unexpectedly: a plain message with a
 * reference, never a stack trace.
 */
@AnonymousAllowed
public class ServerErrorView extends Main implements HasErrorParameter<Exception> {

	private final Paragraph message = new Paragraph();

	ServerErrorView() {
		addClassName("sw-page");
		add(new H2(getTranslation("admin.server-error.title")), this.message,
				new RouterLink(getTranslation("admin.server-error.home"), HomeView.class));
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		this.message.setText(ErrorReporting.report(parameter.getCaughtException()));
		return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
	}

}
