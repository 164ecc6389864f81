package org.servewell.web.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

import org.servewell.web.ui.components.Notices;

/**
 * Installs {@link ErrorReporting} as the handler for errors in event listeners of every
 * Vaadin session.
 */
@Component
class ErrorHandlerInstaller implements VaadinServiceInitListener {

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addSessionInitListener((sessionInit) -> sessionInit.getSession().setErrorHandler((error) -> {
			String message = ErrorReporting.report(error.getThrowable());
			var ui = com.vaadin.flow.component.UI.getCurrent();
			if (ui != null) {
				ui.access(() -> Notices.problem(message));
			}
		}));
	}

}
