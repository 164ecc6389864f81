package org.servewell.web.ui.learning;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

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
import org.servewell.badges.BadgeFiles;
import org.servewell.badges.BadgeService;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Notices;

/**
 * A completion's Open Badge beside its certificate: the badge picture with the credential
 * baked in (what most people keep and share), the signed credential a badge wallet
 * imports, and its JSON to read. Each is made and signed when clicked, for the signed-in
 * person, with the course's words in the page's language; the service refuses anyone
 * else's. A badge that cannot be made is reported on the page.
 */
final class BadgeDownloads {

	private BadgeDownloads() {
	}

	static Component of(BadgeService badges, long completionId) {
		Locale locale = UI.getCurrent().getLocale();
		Anchor image = download(badges, completionId, ".svg", "image/svg+xml", BadgeFiles::svg, VaadinIcon.MEDAL,
				I18NProvider.translate(locale, "badge.image"));
		image.addClassName("sw-badge-link");
		Anchor credential = download(badges, completionId, ".jwt", "text/plain", BadgeFiles::jwt, VaadinIcon.KEY,
				I18NProvider.translate(locale, "badge.credential"));
		Anchor json = download(badges, completionId, ".json", "application/json", BadgeFiles::json,
				VaadinIcon.FILE_CODE, I18NProvider.translate(locale, "badge.json"));
		Span others = new Span(credential, json);
		others.addClassName("sw-badge-files");
		Span hint = new Span(I18NProvider.translate(locale, "badge.hint"));
		hint.addClassName("sw-verification");
		Div badge = new Div(image, others, hint);
		badge.addClassName("sw-badge");
		return badge;
	}

	private static Anchor download(BadgeService badges, long completionId, String extension, String type,
			Function<BadgeFiles, String> part, VaadinIcon icon, String text) {
		Anchor link = new Anchor(DownloadHandler.fromInputStream((event) -> {
			try {
				BadgeFiles files = badges.badge(completionId, event.getUI().getLocale());
				byte[] bytes = part.apply(files).getBytes(StandardCharsets.UTF_8);
				return new DownloadResponse(new ByteArrayInputStream(bytes), files.baseName() + extension, type,
						bytes.length);
			}
			catch (RuntimeException ex) {
				String message = ErrorReporting.report(ex);
				event.getUI()
					.access(() -> Notices
						.problem(I18NProvider.translate(event.getUI().getLocale(), "badge.failed", message)));
				return DownloadResponse.error(HttpStatusCode.INTERNAL_SERVER_ERROR, message, ex);
			}
		}), "");
		link.add(new Icon(icon), new Span(text));
		link.getElement().setAttribute("download", true);
		return link;
	}

}
