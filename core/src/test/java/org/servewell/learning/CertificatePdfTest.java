package org.servewell.learning;

import java.io.IOException;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CertificatePdfTest {

	@Test
	void certificate_names_the_learner_course_date_score_number_and_verification_code() throws IOException {
		byte[] pdf = CertificatePdf.render(
				new CertificateDocument("Lena Learner", "Service first time, every time", LocalDate.of(2026, 11, 22),
						83, "SW-2026-000042", "K7QP-MX3D-9TRA", "https://servewell.example.org/verify"));

		String text = text(pdf);
		assertThat(text).contains("Certificate of completion", "Lena Learner", "Service first time, every time",
				"22 November 2026", "83%", "SW-2026-000042", "K7QP-MX3D-9TRA", "https://servewell.example.org/verify");
	}

	@Test
	void names_outside_latin_one_print_as_written() throws IOException {
		byte[] pdf = CertificatePdf.render(new CertificateDocument("Łucja Ćwik-Ørsted", "Dignity for everyone",
				LocalDate.of(2026, 1, 5), null, "SW-1", "CODE", "https://example.org/verify"));

		assertThat(text(pdf)).contains("Łucja Ćwik-Ørsted").doesNotContain("score");
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			return new PDFTextStripper().getText(document);
		}
	}

}
