package org.servewell.learning;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.servewell.shared.Wording;

/**
 * Renders a certificate as a one-page PDF with Apache PDFBox. The DejaVu fonts are
 * embedded (as subsets) so that any name, in any script DejaVu covers, prints as written.
 * The words and the date are in the document's language, from
 * {@code messages/certificates*.properties}.
 */
final class CertificatePdf {

	/** The certificate's words in each language. */
	static final Wording WORDS = new Wording("messages/certificates");

	private static final Color ACCENT = new Color(0x0f, 0x6e, 0x6e);

	private static final Color MUTED = new Color(0x55, 0x5f, 0x6b);

	private CertificatePdf() {
	}

	/** The certificate as PDF bytes. */
	static byte[] render(CertificateDocument certificate) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocumentInformation info = document.getDocumentInformation();
			Locale language = certificate.language();
			info.setTitle(WORDS.text(language, "document.title", certificate.certificateNumber()));
			info.setAuthor("Servewell");
			info.setSubject(certificate.achievement());
			PDRectangle a4Landscape = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
			PDPage page = new PDPage(a4Landscape);
			document.addPage(page);
			PDFont regular = font(document, "/fonts/DejaVuSans.ttf");
			PDFont bold = font(document, "/fonts/DejaVuSans-Bold.ttf");
			float width = a4Landscape.getWidth();
			float height = a4Landscape.getHeight();
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.setStrokingColor(ACCENT);
				content.setLineWidth(3);
				content.addRect(28, 28, width - 56, height - 56);
				content.stroke();
				centered(content, bold, 16, ACCENT, width, height - 100, "SERVEWELL");
				centered(content, bold, 34, Color.BLACK, width, height - 170, WORDS.text(language, "heading"));
				centered(content, regular, 14, MUTED, width, height - 215, WORDS.text(language, "certifies"));
				centered(content, bold, 28, Color.BLACK, width, height - 260, certificate.learnerName());
				centered(content, regular, 14, MUTED, width, height - 300, WORDS.text(language, "completed"));
				centered(content, bold, 20, ACCENT, width, height - 335, certificate.achievement());
				String day = WORDS.day(language, certificate.completedOn());
				String result = (certificate.scorePercent() != null)
						? WORDS.text(language, "on-with-score", day, certificate.scorePercent())
						: WORDS.text(language, "on", day);
				centered(content, regular, 14, Color.BLACK, width, height - 370, result);
				centered(content, regular, 11, MUTED, width, 95, WORDS.text(language, "numbers",
						certificate.certificateNumber(), certificate.verificationCode()));
				centered(content, regular, 11, MUTED, width, 75,
						WORDS.text(language, "check-at", certificate.verificationUrl()));
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render certificate " + certificate.certificateNumber(), ex);
		}
	}

	private static PDFont font(PDDocument document, String resource) throws IOException {
		try (InputStream in = CertificatePdf.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("Font " + resource + " is missing from the class path");
			}
			return PDType0Font.load(document, in);
		}
	}

	private static void centered(PDPageContentStream content, PDFont font, float size, Color color, float pageWidth,
			float y, String text) throws IOException {
		float textWidth = font.getStringWidth(text) / 1000 * size;
		float fitted = size;
		if (textWidth > pageWidth - 120) {
			// Shrink long course titles or names to fit inside the border rather than run
			// off the page.
			fitted = size * (pageWidth - 120) / textWidth;
			textWidth = pageWidth - 120;
		}
		content.beginText();
		content.setNonStrokingColor(color);
		content.setFont(font, fitted);
		content.newLineAtOffset((pageWidth - textWidth) / 2, y);
		content.showText(text);
		content.endText();
	}

}
