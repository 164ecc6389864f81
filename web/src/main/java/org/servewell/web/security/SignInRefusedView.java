package org.servewell.web.security;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.springframework.security.web.WebAttributes;

/**
 * Where single sign-on sends a person it refused: what happened (no Servewell account for
 * their email, a disabled account, an email the provider did not verify, or a sign-in
 * that did not complete) and whom to ask.
 */
@Route(value = SignInRefusedView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SignInRefusedView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final String ROUTE = "sign-in-refused";

	/** The reason for a sign-in that failed at the provider or on the way back. */
	static final String NOT_COMPLETED = "not_completed";

	final Paragraph message = new Paragraph();

	SignInRefusedView() {
		addClassName("sw-login");
		this.message.addClassName("sw-verify-invalid");
		this.message.getElement().setAttribute("role", "alert");
		Div card = new Div(new H1(getTranslation("security.refused.title")), this.message,
				new RouterLink(getTranslation("security.refused.back"), LoginView.class));
		card.addClassNames("sw-login-card", "sw-verify-card");
		add(card);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String reason = event.getLocation()
			.getQueryParameters()
			.getParameters()
			.getOrDefault("reason", List.of())
			.stream()
			.findFirst()
			.orElse(NOT_COMPLETED);
		Object failure = event.getUI().getSession().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		String email = (failure instanceof ProviderRefusal refusal) ? refusal.email() : "";
		this.message.setText(explanation(reason, email));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("security.refused.page-title");
	}

	/** What happened and whom to ask, for a reason from the address. */
	String explanation(String reason, String email) {
		String yours = email.isEmpty() ? getTranslation("security.refused.your-email") : email;
		String key = switch (reason) {
			case "unknown", "disabled", "email_not_verified" -> reason.replace('_', '-');
			default -> "not-completed";
		};
		return getTranslation("security.refused." + key, yours);
	}

}
