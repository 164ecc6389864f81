package org.servewell.web.security;

import java.util.Collections;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Closes the pages a visitor had open before signing in (the sign-in page itself, as a
 * rule) the moment the sign-in succeeds. The browser has left them: the form's post loads
 * a new page. Left alone, Vaadin would keep each one's UI in the session until three
 * heartbeats were missed, about fifteen minutes, which for a thousand learners signing in
 * at the start of a class is memory held for nothing (measured with the load harness,
 * bench/README.md).
 */
@Component
class SignInPagesClosed {

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
			return;
		}
		HttpSession session = request.getRequest().getSession(false);
		if (session == null) {
			return;
		}
		for (String name : Collections.list(session.getAttributeNames())) {
			if (session.getAttribute(name) instanceof VaadinSession vaadin) {
				vaadin.accessSynchronously(() -> closeAll(vaadin));
			}
		}
	}

	private static void closeAll(VaadinSession vaadin) {
		for (UI ui : List.copyOf(vaadin.getUIs())) {
			ui.close();
			vaadin.removeUI(ui);
		}
	}

}
