package org.servewell.web.ui.learning;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.servewell.learning.CertificateFile;
import org.servewell.learning.CertificateService;
import org.servewell.learning.CertificateSummary;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Notices;

/**
 * A certificate as the learner sees it: a link that downloads the PDF (made when clicked,
 * for the signed-in person; the service refuses anyone else's) and, beside it, the
 * verification code and where to check it, so the learner has the code even without
 * opening the PDF. A PDF that cannot be made is reported on the page, never a silently
 * cancelled download.
 */
final class CertificateLink {

	private CertificateLink() {
	}

	static Component of(CertificateService certificates, long completionId, String text) {
		Anchor link = new Anchor(DownloadHandler.fromInputStream((event) -> {
			try {
				CertificateFile file = certificates.certificate(completionId);
				return new DownloadResponse(new ByteArrayInputStream(file.pdf()), file.fileName(), "application/pdf",
						file.pdf().length);
			}
			catch (RuntimeException ex) {
				String message = ErrorReporting.report(ex);
				event.getUI().access(() -> Notices.problem("Your certificate could not be made. " + message));
				return DownloadResponse.error(HttpStatusCode.INTERNAL_SERVER_ERROR, message, ex);
			}
		}), "");
		link.add(new Icon(VaadinIcon.DIPLOMA), new Span(text));
		link.addClassName("sw-certificate-link");
		link.getElement().setAttribute("download", true);

		CertificateSummary summary = certificates.summary(completionId);
		Span code = new Span(summary.verificationCode());
		code.addClassName("sw-verification-code");
		Span verification = new Span(new Span("Verification code "), code, new Span(" · anyone can check it at "),
				new Anchor(summary.verificationUrl(), summary.verificationUrl()));
		verification.addClassName("sw-verification");

		Div certificate = new Div(link, verification);
		certificate.addClassName("sw-certificate");
		return certificate;
	}

}
