package org.servewell.web.ui.learning;

import java.nio.file.Files;
import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.servewell.badges.BadgeCheck;
import org.servewell.badges.CheckedBadge;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.ImportUpload;

/**
 * The verify page's second check: anyone drops a Servewell Open Badge (the badge picture,
 * the signed credential or its JSON) and reads whether it is genuine and still counts, in
 * words, with what it is for and when it was earned. Counted against the same per-address
 * limit as code checks.
 */
class BadgeFileCheck extends Div {

	final ImportUpload upload = new ImportUpload(BadgeCheck.MAX_BYTES, ".svg", ".jwt", ".jws", ".json", "image/svg+xml",
			"application/json", "text/plain");

	final Paragraph answer = new Paragraph();

	BadgeFileCheck(BadgeCheck check, CertificateCheckLimit limit) {
		addClassName("sw-badge-check");
		this.answer.getElement().setAttribute("role", "status");
		this.answer.addClassName("sw-verify-answer");
		this.upload.upload().setId("badge-file");
		this.upload.upload().getElement().setAttribute("aria-label", getTranslation("verify.badge.upload"));
		this.upload.onFile((fileName, file) -> {
			if (!limit.tryCheck(VerifyView.clientAddress())) {
				say(getTranslation("verify.too-many"), false);
				return;
			}
			show(check.check(Files.readAllBytes(file)));
		});
		this.upload.onRefusal(() -> say("", false));
		add(new H2(getTranslation("verify.badge.heading")), new Paragraph(getTranslation("verify.badge.intro")),
				this.upload, this.answer);
	}

	void show(CheckedBadge badge) {
		String earned = (badge.validFrom() != null) ? Formats.day(badge.validFrom(), getLocale()) : "";
		switch (badge.verdict()) {
			case VALID -> say(getTranslation("verify.badge.valid", badge.achievement(), badge.issuer(), earned)
					+ ((badge.validUntil() != null)
							? " " + getTranslation("verify.badge.until", Formats.day(badge.validUntil(), getLocale()))
							: ""),
					true);
			case EXPIRED -> say(getTranslation("verify.badge.expired", badge.achievement(), badge.issuer(), earned,
					Formats.day(badge.validUntil(), getLocale())), false);
			case WITHDRAWN -> say(getTranslation("verify.badge.withdrawn", badge.achievement(), badge.issuer(),
					Formats.day(badge.withdrawnAt(), getLocale())), false);
			default -> say(getTranslation("verify.badge." + badge.verdict().name().toLowerCase(Locale.ROOT)), false);
		}
		this.upload.show();
	}

	private void say(String text, boolean good) {
		this.answer.setText(text);
		this.answer.removeClassNames("sw-verify-valid", "sw-verify-invalid");
		if (!text.isEmpty()) {
			this.answer.addClassName(good ? "sw-verify-valid" : "sw-verify-invalid");
		}
	}

}
