package org.servewell.badges;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.text.StringEscapeUtils;

/**
 * The badge as an SVG picture with its credential baked in, as Open Badges 3.0 bakes a
 * VC-JWT: an {@code openbadges:credential} element straight after the {@code svg} tag,
 * whose {@code verify} attribute holds the compact JWS. The picture names the achievement
 * and the issuer; a viewer shows it, a badge tool reads the credential out of it.
 */
final class BadgeImage {

	/** Characters on one line of the title before it wraps. */
	private static final int LINE = 20;

	/** Lines of title at most; the last ends in "…" when the title is longer. */
	private static final int LINES = 3;

	/** Characters on one line of "Issued by …", whose circle is narrower down there. */
	private static final int ISSUER_LINE = 28;

	private BadgeImage() {
	}

	static String svg(String achievement, String issuerName, String jws, Locale language) {
		StringBuilder svg = new StringBuilder(jws.length() + 2000);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"")
			.append(" width=\"300\" height=\"300\" viewBox=\"0 0 300 300\" role=\"img\" aria-label=\"")
			.append(escape(achievement))
			.append("\">");
		svg.append("<openbadges:credential verify=\"").append(escape(jws)).append("\"></openbadges:credential>");
		svg.append("<title>").append(escape(achievement)).append("</title>");
		svg.append("<circle cx=\"150\" cy=\"150\" r=\"146\" fill=\"#0b5d7a\"/>");
		svg.append("<circle cx=\"150\" cy=\"150\" r=\"132\" fill=\"#ffffff\"/>");
		svg.append("<circle cx=\"150\" cy=\"150\" r=\"124\" fill=\"none\" stroke=\"#e0a526\" stroke-width=\"4\"/>");
		svg.append(
				"<path d=\"M150 38 l10 20 22 3 -16 15 4 22 -20 -10 -20 10 4 -22 -16 -15 22 -3z\" fill=\"#e0a526\"/>");
		text(svg, 120, 13, "#0b5d7a", "700",
				OpenBadgeCredential.WORDS.text(language, "image.kind").toUpperCase(language));
		List<String> lines = wrap(achievement, LINE, LINES);
		int y = 158 - (lines.size() - 1) * 10;
		for (String line : lines) {
			text(svg, y, 17, "#1a2b33", "700", line);
			y += 21;
		}
		List<String> issuer = wrap(OpenBadgeCredential.WORDS.text(language, "image.issued-by", issuerName), ISSUER_LINE,
				2);
		y = 216 - (issuer.size() - 1) * 6;
		for (String line : issuer) {
			text(svg, y, 11, "#44606b", "400", line);
			y += 13;
		}
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static void text(StringBuilder svg, int y, int size, String colour, String weight, String words) {
		svg.append("<text x=\"150\" y=\"")
			.append(y)
			.append("\" text-anchor=\"middle\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"")
			.append(size)
			.append("\" font-weight=\"")
			.append(weight)
			.append("\" fill=\"")
			.append(colour)
			.append("\">")
			.append(escape(words))
			.append("</text>");
	}

	/**
	 * The text in at most {@code most} lines of about {@code width} characters, broken
	 * between words; the last line ends in "…" when there is more.
	 */
	static List<String> wrap(String title, int width, int most) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : title.strip().split("\\s+")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append((line.length() > 0) ? " " : "").append(word);
		}
		lines.add(line.toString());
		if (lines.size() > most) {
			List<String> kept = new ArrayList<>(lines.subList(0, most));
			kept.set(most - 1, kept.get(most - 1) + " …");
			return kept;
		}
		return lines;
	}

	private static String escape(String text) {
		return StringEscapeUtils.escapeXml10(text);
	}

}
