package org.servewell.learning;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificatePdfTest {

	@Test
	void certificate_names_the_learner_course_date_score_number_and_verification_code() throws IOException {
		byte[] pdf = CertificatePdf.render(new CertificateDocument("Lena Learner", "Service first time, every time",
				LocalDate.of(2026, 11, 22), 83, "SW-2026-000042", "K7QP-MX3D-9TRA",
				"https://servewell.example.org/verify", Locale.ENGLISH));

		String text = text(pdf);
		assertThat(text).contains("Certificate of completion", "Lena Learner", "Service first time, every time",
				"22 November 2026", "83%", "SW-2026-000042", "K7QP-MX3D-9TRA", "https://servewell.example.org/verify");
	}

	@Test
	void names_outside_latin_one_print_as_written() throws IOException {
		byte[] pdf = CertificatePdf.render(new CertificateDocument("Łucja Ćwik-Ørsted", "Dignity for everyone",
				LocalDate.of(2026, 1, 5), null, "SW-1", "CODE", "https://example.org/verify", Locale.ENGLISH));

		assertThat(text(pdf)).contains("Łucja Ćwik-Ørsted").doesNotContain("score");
	}

	@Test
	void a_certificate_in_german_has_the_german_heading_sentences_and_date() throws IOException {
		byte[] pdf = CertificatePdf
			.render(new CertificateDocument("Lena Lernende", "Gäste mit Würde empfangen", LocalDate.of(2026, 12, 1), 83,
					"SW-2026-000042", "K7QP-MX3D-9TRA", "https://servewell.example.org/verify", Locale.GERMAN));

		assertThat(text(pdf))
			.contains("Abschlusszertifikat", "Hiermit wird bestätigt, dass", "Lena Lernende",
					"Gäste mit Würde empfangen", "am 1. Dezember 2026, mit einem Ergebnis von 83 %",
					"Zertifikatsnummer", "Prüfcode K7QP-MX3D-9TRA")
			.doesNotContain("Certificate of completion", "December");
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			return new PDFTextStripper().getText(document);
		}
	}

}
