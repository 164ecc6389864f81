package org.servewell.web.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

/**
 * Takes a person whose session this instance does not know to the sign-in page with a
 * message that their answers are kept. That happens when their session timed out, and
 * when the instance they were on stopped and the load balancer sent their next click to
 * another one (sessions are per instance, docs/decisions/0020). Vaadin answers such a
 * click with its "session expired" system message; without a notification and with this
 * URL the browser goes straight to the sign-in page instead of reloading the page it was
 * on. A page load without a valid session needs nothing of this: sign-in is required and
 * Spring Security sends it to the plain sign-in page.
 */
@Component
class SessionExpiredRedirect implements VaadinServiceInitListener {

	/** Where a click in a page whose session is gone leads. */
	static final String SIGN_IN_AFTER_EXPIRY = "/login?expired";

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().setSystemMessagesProvider(SessionExpiredRedirect::systemMessages);
	}

	private static SystemMessages systemMessages(SystemMessagesInfo info) {
		CustomizedSystemMessages messages = new CustomizedSystemMessages();
		VaadinRequest request = info.getRequest();
		String contextPath = (request != null) ? request.getContextPath() : "";
		messages.setSessionExpiredURL(contextPath + SIGN_IN_AFTER_EXPIRY);
		messages.setSessionExpiredNotificationEnabled(false);
		return messages;
	}

}
