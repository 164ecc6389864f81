package org.servewell.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Takes a person whose session was ended (their access changed, see
 * {@link SessionTermination}) to the sign-in page with a message. A page load is
 * redirected; a click in an open page (a Vaadin request, which expects JSON, not a
 * redirect to an HTML page) gets an answer that tells the Vaadin client to go there.
 */
final class EndedSessionRedirect implements SessionInformationExpiredStrategy {

	static final String SIGN_IN_AFTER_END = "/login?ended";

	@Override
	public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
		HttpServletRequest request = event.getRequest();
		HttpServletResponse response = event.getResponse();
		String target = request.getContextPath() + SIGN_IN_AFTER_END;
		if (HandlerHelper.isFrameworkInternalRequest(servletPattern(request), request)) {
			// No caption, message or details: the client goes straight to the URL.
			byte[] body = VaadinService.createCriticalNotificationJSON(null, null, null, target)
				.getBytes(StandardCharsets.UTF_8);
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType("application/json;charset=UTF-8");
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
			return;
		}
		response.sendRedirect(target);
	}

	private static String servletPattern(HttpServletRequest request) {
		return (request.getHttpServletMapping() != null) ? request.getHttpServletMapping().getPattern() : "/*";
	}

}
