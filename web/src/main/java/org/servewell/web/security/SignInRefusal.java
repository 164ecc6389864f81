package org.servewell.web.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a person whose single sign-on failed to the page that says why and whom to ask
 * ({@link SignInRefusedView}): refused by Servewell (the reason in the address, the email
 * kept in the session for the page), or not completed at the provider.
 */
final class SignInRefusal implements AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(SignInRefusal.class);

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason;
		if (exception instanceof ProviderRefusal refusal) {
			reason = refusal.outcome().name().toLowerCase(Locale.ROOT);
		}
		else {
			log.warn("Single sign-on did not complete: {}", exception.getMessage());
			reason = SignInRefusedView.NOT_COMPLETED;
		}
		request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, exception);
		response.sendRedirect(request.getContextPath() + "/" + SignInRefusedView.ROUTE + "?reason=" + reason);
	}

}
