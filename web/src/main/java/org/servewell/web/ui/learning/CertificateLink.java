package org.servewell.web.ui.learning;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.servewell.learning.CertificateFile;
import org.servewell.learning.CertificateService;

/**
 * A link that downloads a certificate as PDF. The PDF is made when clicked, for the
 * signed-in person, and the service refuses anyone else's.
 */
final class CertificateLink {

	private CertificateLink() {
	}

	static Anchor of(CertificateService certificates, long completionId, String text) {
		Anchor link = new Anchor(DownloadHandler.fromInputStream((event) -> {
			CertificateFile file = certificates.certificate(completionId);
			return new DownloadResponse(new ByteArrayInputStream(file.pdf()), file.fileName(), "application/pdf",
					file.pdf().length);
		}), "");
		link.add(new Icon(VaadinIcon.DIPLOMA), new com.vaadin.flow.component.html.Span(text));
		link.addClassName("sw-certificate-link");
		link.getElement().setAttribute("download", true);
		return link;
	}

}
