package org.servewell.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a report as CSV straight to the response, a row at a time, so that a file of
 * millions of cells needs no more memory than one row. UTF-8 with a byte order mark so
 * that spreadsheets open names with accents correctly; cells that a spreadsheet would run
 * as a formula are prefixed with an apostrophe.
 */
public final class CsvReport implements AutoCloseable {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

	private final CSVPrinter printer;

	private CsvReport(CSVPrinter printer) {
		this.printer = printer;
	}

	/**
	 * Starts a CSV file on the stream with its header row.
	 * @param out where to write; closed with this report
	 * @param header the column names
	 */
	public static CsvReport start(OutputStream out, List<String> header) {
		try {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			CSVPrinter printer = CSVFormat.RFC4180.builder()
				.setHeader(header.toArray(String[]::new))
				.get()
				.print(writer);
			return new CsvReport(printer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The file name for a report made now: what it is and when, such as
	 * {@code servewell-completion-matrix-2026-12-02-1415.csv}.
	 * @param what the report, in lower case words joined by hyphens
	 * @param clock the time
	 */
	public static String fileName(String what, Clock clock) {
		return "servewell-" + what + "-" + LocalDateTime.now(clock).format(STAMP) + ".csv";
	}

	/** Adds one row; null cells are written empty. */
	public void row(Object... cells) {
		try {
			Object[] safe = new Object[cells.length];
			for (int i = 0; i < cells.length; i++) {
				safe[i] = safe(cells[i]);
			}
			this.printer.printRecord(safe);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Object safe(Object cell) {
		if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return (cell != null) ? cell : "";
	}

	@Override
	public void close() {
		try {
			this.printer.close(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
