package org.servewell.web.ui.learning;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.i18n.I18NProvider;
import org.servewell.badges.BadgeFiles;
import org.servewell.badges.BadgeService;

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
			SerializableFunction<BadgeFiles, String> part, VaadinIcon icon, String text) {
		Anchor link = new Anchor(ReportedDownload.of((language) -> {
			BadgeFiles files = badges.badge(completionId, language);
			return new ReportedDownload.File(files.baseName() + extension, type,
					part.apply(files).getBytes(StandardCharsets.UTF_8));
		}, "badge.failed"), "");
		link.add(new Icon(icon), new Span(text));
		link.getElement().setAttribute("download", true);
		return link;
	}

}
