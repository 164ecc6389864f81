package org.servewell.web.ui.learning;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.servewell.badges.BadgeCheck;
import org.servewell.learning.CertificateService;
import org.servewell.learning.LearningLimits;
import org.servewell.learning.VerifiedCertificate;
import org.servewell.web.ui.components.Formats;

/**
 * The public page where anyone checks a certificate's verification code. It says for whom
 * the certificate was issued and whether it is valid, expired or withdrawn (with the
 * day), and nothing more: not why a certificate was withdrawn.
 */
@Route(value = "verify", autoLayout = false)
@AnonymousAllowed
public class VerifyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	private final CertificateService certificates;

	private final CertificateCheckLimit limit;

	final TextField code = new TextField(getTranslation("verify.code"));

	final Button check = new Button(getTranslation("verify.check"));

	final Paragraph answer = new Paragraph();

	final BadgeFileCheck badgeCheck;

	VerifyView(CertificateService certificates, BadgeCheck badges, CertificateCheckLimit limit) {
		this.certificates = certificates;
		this.limit = limit;
		addClassName("sw-login");
		this.code.setPlaceholder(getTranslation("verify.code.example"));
		this.code.setMaxLength(LearningLimits.VERIFICATION_CODE_INPUT_LENGTH);
		this.code.setWidthFull();
		this.check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.check.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
		this.check.addClickListener((click) -> verify(this.code.getValue()));
		this.answer.getElement().setAttribute("role", "status");
		this.answer.addClassName("sw-verify-answer");
		this.badgeCheck = new BadgeFileCheck(badges, limit);
		Div card = new Div(new H1(getTranslation("verify.heading")), new Paragraph(getTranslation("verify.intro")),
				this.code, this.check, this.answer, this.badgeCheck);
		card.addClassNames("sw-login-card", "sw-verify-card");
		add(card);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		List<String> given = event.getLocation().getQueryParameters().getParameters().getOrDefault("code", List.of());
		if (!given.isEmpty()) {
			this.code.setValue(given.get(0));
			verify(given.get(0));
		}
	}

	void verify(String value) {
		this.answer.removeClassNames("sw-verify-valid", "sw-verify-invalid");
		if (!this.limit.tryCheck(clientAddress())) {
			this.answer.setText(getTranslation("verify.too-many"));
			this.answer.addClassName("sw-verify-invalid");
			return;
		}
		this.certificates.verify(value).ifPresentOrElse((certificate) -> {
			String completedOn = Formats.day(certificate.completedOn(), getLocale());
			String endedOn = (certificate.endedOn() != null) ? Formats.day(certificate.endedOn(), getLocale()) : "";
			String key = switch (certificate.status()) {
				case VALID -> "verify.valid";
				case EXPIRED -> "verify.expired";
				case WITHDRAWN -> "verify.withdrawn";
			};
			this.answer.setText(
					getTranslation(key, certificate.learnerName(), certificate.achievement(), completedOn, endedOn));
			this.answer.addClassName((certificate.status() == VerifiedCertificate.Status.VALID) ? "sw-verify-valid"
					: "sw-verify-invalid");
		}, () -> {
			this.answer.setText(getTranslation("verify.unknown"));
			this.answer.addClassName("sw-verify-invalid");
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("verify.title");
	}

	static String clientAddress() {
		VaadinRequest request = VaadinRequest.getCurrent();
		String address = (request != null) ? request.getRemoteAddr() : null;
		return (address != null) ? address : "unknown";
	}

}
