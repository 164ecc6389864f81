package org.servewell.web.ui.learning;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.servewell.badges.BadgeService;
import org.servewell.learning.CertificateFile;
import org.servewell.learning.CertificateService;
import org.servewell.learning.CertificateSummary;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Notices;

/**
 * A certificate as the learner sees it, with its Open Badge: a link that downloads the
 * PDF (made when clicked, for the signed-in person, in the page's language; the service
 * refuses anyone else's) and, beside it, the verification code and where to check it, so
 * the learner has the code even without opening the PDF. A PDF that cannot be made is
 * reported on the page, never a silently cancelled download.
 */
@SpringComponent
class CertificateLink {

	private final CertificateService certificates;

	private final BadgeService badges;

	CertificateLink(CertificateService certificates, BadgeService badges) {
		this.certificates = certificates;
		this.badges = badges;
	}

	/**
	 * The certificate's link, named by the translation of {@code textKey}, in the
	 * language of the page it goes on.
	 */
	Component of(long completionId, String textKey) {
		CertificateService certificates = this.certificates;
		Locale locale = UI.getCurrent().getLocale();
		Anchor link = new Anchor(DownloadHandler.fromInputStream((event) -> {
			try {
				CertificateFile file = certificates.certificate(completionId, event.getUI().getLocale());
				return new DownloadResponse(new ByteArrayInputStream(file.pdf()), file.fileName(), "application/pdf",
						file.pdf().length);
			}
			catch (RuntimeException ex) {
				String message = ErrorReporting.report(ex);
				event.getUI()
					.access(() -> Notices
						.problem(I18NProvider.translate(event.getUI().getLocale(), "certificate.failed", message)));
				return DownloadResponse.error(HttpStatusCode.INTERNAL_SERVER_ERROR, message, ex);
			}
		}), "");
		link.add(new Icon(VaadinIcon.DIPLOMA), new Span(I18NProvider.translate(locale, textKey)));
		link.addClassName("sw-certificate-link");
		link.getElement().setAttribute("download", true);

		CertificateSummary summary = certificates.summary(completionId);
		Span code = new Span(summary.verificationCode());
		code.addClassName("sw-verification-code");
		Span verification = new Span(new Span(I18NProvider.translate(locale, "certificate.code")), code,
				new Span(I18NProvider.translate(locale, "certificate.check-at")),
				new Anchor(summary.verificationUrl(), summary.verificationUrl()));
		verification.addClassName("sw-verification");

		Div certificate = new Div(link, verification, BadgeDownloads.of(this.badges, completionId));
		certificate.addClassName("sw-certificate");
		return certificate;
	}

}
