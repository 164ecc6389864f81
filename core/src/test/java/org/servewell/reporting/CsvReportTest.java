package org.servewell.reporting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReportTest {

	@Test
	void aReportIsUtf8WithAHeaderAndQuotedCells() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CsvReport csv = CsvReport.start(out, List.of("Person", "Course", "Days overdue"))) {
			csv.row("Zoë Weber", "Handling complaints, calmly", 3);
			csv.row("Ben Becker", null, 0);
		}

		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).isEqualTo("\uFEFFPerson,Course,Days overdue\r\nZoë Weber,\"Handling complaints, calmly\",3\r\n"
				+ "Ben Becker,,0\r\n");
	}

	@Test
	void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (CsvReport csv = CsvReport.start(out, List.of("Name"))) {
			csv.row("=HYPERLINK(\"http://example.com\")");
		}

		assertThat(out.toString(StandardCharsets.UTF_8)).contains("'=HYPERLINK");
	}

	@Test
	void theFileNameSaysWhatAndWhen() {
		Clock clock = Clock.fixed(Instant.parse("2026-12-02T14:15:00Z"), ZoneOffset.UTC);

		assertThat(CsvReport.fileName("completion-matrix", clock))
			.isEqualTo("servewell-completion-matrix-2026-12-02-1415.csv");
	}

}
