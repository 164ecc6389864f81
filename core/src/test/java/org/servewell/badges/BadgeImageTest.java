package org.servewell.badges;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The badge picture: well-formed SVG whatever the titles hold, long titles and issuer
 * names kept inside the circle, and the credential where badge tools look for it.
 */
class BadgeImageTest {

	@Test
	void a_long_title_and_issuer_wrap_and_markup_in_them_stays_text() throws Exception {
		String svg = BadgeImage.svg(
				"Handling <complaints> & \"difficult\" calls when the queue is long and the day is longer",
				"Stadtwerke Musterstadt Kundenservice & Vertrieb GmbH (demo data)", "a.b.c", Locale.GERMAN);

		assertThat(BadgeCheck.baked(svg)).contains("a.b.c").as("still well-formed XML, the credential readable");
		assertThat(svg).contains("&lt;complaints&gt; &amp;").doesNotContain("<complaints>");
		assertThat(svg).contains("Ausgestellt von");
		assertThat(BadgeImage.wrap("Stadtwerke Musterstadt Kundenservice & Vertrieb GmbH (demo data)", 28, 2))
			.hasSize(2)
			.allSatisfy((line) -> assertThat(line.length()).isLessThanOrEqualTo(30));
		Path out = Path.of("target", "badge-image-test.svg");
		Files.createDirectories(out.getParent());
		Files.writeString(out, svg);
	}

}
