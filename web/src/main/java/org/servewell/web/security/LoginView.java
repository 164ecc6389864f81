package org.servewell.web.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

import org.servewell.people.DemoAccount;
import org.servewell.web.DemoMode;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Servewell sign-in page. In the demo it lists the demo accounts.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm loginForm = new LoginForm();

	private final Paragraph notice = new Paragraph();

	LoginView(DemoMode demoMode, SignInOptions options) {
		addClassName("sw-login");
		Div brand = new Div(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")));
		brand.addClassName("sw-login-brand");

		this.loginForm.setAction("login");
		this.loginForm.setForgotPasswordButtonVisible(false);
		this.loginForm.setI18n(i18n());

		Div card = new Div(brand);
		card.addClassName("sw-login-card");
		if (options.passwordLogin()) {
			card.add(this.loginForm);
		}
		else {
			// The notices the form would show (signed out, session ended) go here.
			this.notice.addClassName("sw-verify-invalid");
			this.notice.setVisible(false);
			card.add(this.notice);
		}
		if (options.singleSignOn()) {
			card.add(providerButton(options.providerLabel(this)));
		}
		add(card);
		if (demoMode.isActive() && options.passwordLogin()) {
			add(demoAccounts(demoMode));
		}
	}

	/**
	 * A plain link, not a form, to where Spring Security starts the provider's sign-in;
	 * the Vaadin router leaves it alone.
	 */
	private static Anchor providerButton(String label) {
		Anchor button = new Anchor(SignInOptions.PROVIDER_SIGN_IN, label);
		button.setRouterIgnore(true);
		button.addClassName("sw-sso-button");
		return button;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.page-title");
	}

	/** The sign-in form's texts in the page's language. */
	private LoginI18n i18n() {
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle(getTranslation("login.form.title"));
		i18n.getForm().setUsername(getTranslation("login.form.email"));
		i18n.getForm().setPassword(getTranslation("login.form.password"));
		i18n.getForm().setSubmit(getTranslation("login.form.submit"));
		i18n.getForm().setForgotPassword(getTranslation("login.form.forgot"));
		i18n.getErrorMessage().setUsername(getTranslation("login.form.email.required"));
		i18n.getErrorMessage().setPassword(getTranslation("login.form.password.required"));
		i18n.getErrorMessage().setTitle(SignInNotice.NOT_RECOGNISED.title(this));
		i18n.getErrorMessage().setMessage(SignInNotice.NOT_RECOGNISED.message(this));
		return i18n;
	}

	private Div demoAccounts(DemoMode demoMode) {
		Div panel = new Div();
		panel.addClassName("sw-demo-accounts");
		Span badge = new Span(getTranslation("layout.demo"));
		badge.addClassName("sw-demo-badge");
		panel.add(badge, new H2(getTranslation("login.demo.title")),
				new Paragraph(getTranslation("login.demo.text", demoMode.accounts().get(0).password())));
		Div list = new Div();
		list.addClassName("sw-demo-list");
		for (DemoAccount account : demoMode.accounts()) {
			Div row = new Div(new Span(account.displayName()), new Span(account.email()),
					new Span(account.roles()
						.stream()
						.map((role) -> getTranslation("role." + role.name().toLowerCase(Locale.ROOT)))
						.sorted()
						.collect(Collectors.joining(", "))));
			row.addClassName("sw-demo-row");
			list.add(row);
		}
		panel.add(list);
		return panel;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters().getParameters();
		SignInNotice notice = SignInNotice.of(parameters, failedSignIn(event.getUI()));
		if (notice != null) {
			LoginI18n i18n = i18n();
			i18n.getErrorMessage().setTitle(notice.title(this));
			i18n.getErrorMessage().setMessage(notice.message(this));
			this.loginForm.setI18n(i18n);
		}
		this.loginForm.setError(notice != null);
		this.notice.setVisible(notice != null);
		this.notice.setText((notice != null) ? notice.title(this) + ". " + notice.message(this) : "");
		if (parameters.containsKey("error")) {
			emailOfFailedSignIn(event.getUI()).ifPresent(this::fillInEmail);
		}
	}

	/**
	 * Why the last sign-in failed, as Spring Security keeps it in the session; or null.
	 */
	private static Object failedSignIn(UI ui) {
		return ui.getSession().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
	}

	/**
	 * The email typed for the sign-in that just failed. Spring Security keeps the failure
	 * in the session when it sends the visitor back here, with the sign-in request it
	 * refused; only the name is read from it, never the password.
	 */
	private static Optional<String> emailOfFailedSignIn(UI ui) {
		if (failedSignIn(ui) instanceof AuthenticationException refused && refused.getAuthenticationRequest() != null) {
			return Optional.ofNullable(refused.getAuthenticationRequest().getName()).filter((name) -> !name.isBlank());
		}
		return Optional.empty();
	}

	/**
	 * Puts the email back into the form, so only the password has to be typed again. The
	 * form has no server-side field for it: the browser fills the field once it is drawn.
	 */
	private void fillInEmail(String email) {
		this.loginForm.getElement()
			.executeJs(
					"customElements.whenDefined('vaadin-login-form')" + ".then(() => this.updateComplete).then(() => {"
							+ " const email = this.querySelector('#vaadinLoginUsername');"
							+ " if (email && !email.value) { email.value = $0; }"
							+ " const password = this.querySelector('#vaadinLoginPassword');"
							+ " if (password) { password.focus(); } })",
					email);
	}

}
