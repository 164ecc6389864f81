package org.servewell.web.security;

import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.servewell.people.InvalidPersonException;
import org.servewell.people.PasswordLinks;
import org.servewell.people.PersonLimits;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Formats;

/**
 * Where a new hire (or anyone given a one-time link) chooses their own password. The link
 * works once and within its validity; an unknown, used or expired link shows the same
 * message, so links cannot be probed.
 */
@Route(value = "set-password", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

	private final PasswordLinks links;

	final PasswordField password = new PasswordField(getTranslation("security.set-password.password"));

	final PasswordField repeat = new PasswordField(getTranslation("security.set-password.repeat"));

	final Button save = new Button(getTranslation("security.set-password.save"));

	final Div card = new Div();

	private String token;

	SetPasswordView(PasswordLinks links) {
		this.links = links;
		addClassName("sw-login");
		this.card.addClassNames("sw-login-card", "sw-verify-card");
		add(this.card);
		this.password
			.setHelperText(getTranslation("security.set-password.password.helper", PersonLimits.PASSWORD_MIN_LENGTH));
		this.password.setMaxLength(PersonLimits.PASSWORD_MAX_LENGTH);
		this.password.setWidthFull();
		this.repeat.setMaxLength(PersonLimits.PASSWORD_MAX_LENGTH);
		this.repeat.setWidthFull();
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickShortcut(Key.ENTER);
		this.save.addClickListener((click) -> save());
	}

	@Override
	public void setParameter(BeforeEvent event, String token) {
		this.token = token;
		this.card.removeAll();
		Optional<PasswordLinks.LinkHolder> holder = this.links.holder(token);
		if (holder.isEmpty()) {
			showUnusable();
			return;
		}
		this.card
			.add(new H1(getTranslation("security.set-password.welcome", holder.get().displayName())),
					new Paragraph(getTranslation("security.set-password.intro", holder.get().email(),
							Formats.when(holder.get().expiresAt(), getLocale()))),
					this.password, this.repeat, this.save);
	}

	void save() {
		this.password.setInvalid(false);
		this.repeat.setInvalid(false);
		if (!this.password.getValue().equals(this.repeat.getValue())) {
			this.repeat.setErrorMessage(getTranslation("security.set-password.differ"));
			this.repeat.setInvalid(true);
			return;
		}
		try {
			this.links.setPassword(this.token, this.password.getValue());
		}
		catch (InvalidPersonException ex) {
			if ("link".equals(ex.field())) {
				this.card.removeAll();
				showUnusable();
				return;
			}
			this.password.setErrorMessage(ErrorReporting.refused(ex));
			this.password.setInvalid(true);
			return;
		}
		this.card.removeAll();
		Paragraph done = new Paragraph(getTranslation("security.set-password.done"));
		done.addClassName("sw-verify-valid");
		done.getElement().setAttribute("role", "status");
		this.card.add(new H1(getTranslation("security.set-password.done.title")), done,
				new RouterLink(getTranslation("security.set-password.sign-in"), LoginView.class));
	}

	private void showUnusable() {
		Paragraph message = new Paragraph(getTranslation("security.set-password.unusable"));
		message.addClassName("sw-verify-invalid");
		this.card.add(new H1(getTranslation("security.set-password.title")), message,
				new RouterLink(getTranslation("security.set-password.to-sign-in"), LoginView.class));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("security.set-password.page-title");
	}

}
