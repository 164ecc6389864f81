package org.servewell.people.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an employee file as spreadsheets save it: UTF-8 with or without a byte order
 * mark, commas or semicolons (the first line decides), CRLF or LF, quoted values with
 * line breaks, blank lines, header names in any case and order. Each row is checked on
 * its own ({@link EmployeeRowReader}); comparing with the people Servewell knows is the
 * service's part.
 */
final class EmployeeCsv {

	/** Enough of the first line to see its separators. */
	private static final int HEADER_PEEK = 64 * 1024;

	private static final char BOM = '\uFEFF';

	private EmployeeCsv() {
	}

	/** Reads the file; what cannot be read is listed in the result's problems. */
	static EmployeeFile read(Path file, String fileName, long maxBytes) throws IOException {
		if (Files.size(file) > maxBytes) {
			return EmployeeFile.refused(fileName,
					ImportProblem.ofFile(fileName + " is larger than " + (maxBytes / 1_000_000)
							+ " MB, the largest employee file accepted. Split it into smaller files."));
		}
		String notCsv = notCsv(file, fileName);
		if (notCsv != null) {
			return EmployeeFile.refused(fileName, ImportProblem.ofFile(notCsv));
		}
		OptionalLong badLine;
		try (InputStream in = Files.newInputStream(file)) {
			badLine = Utf8Check.firstBadLine(in);
		}
		if (badLine.isPresent()) {
			return EmployeeFile.refused(fileName,
					new ImportProblem(badLine.getAsLong(), "",
							"this line is not UTF-8 text. Save the file as \"CSV UTF-8\" (Excel) or choose the "
									+ "character set UTF-8 (LibreOffice) and upload it again."));
		}
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
			skipByteOrderMark(reader);
			return parse(reader, fileName, delimiter(reader));
		}
	}

	/** The template's header and one example row. */
	static String template() {
		List<String> header = new ArrayList<>();
		for (EmployeeColumn column : EmployeeColumn.values()) {
			header.add(column.label());
		}
		return String.join(",", header) + "\r\n"
				+ "E-1001,Rosa Reyes,rosa.reyes@example.org,Front desk,Receptionist,2027-01-04,"
				+ "maria.lopez@example.org,yes\r\n";
	}

	private static EmployeeFile parse(BufferedReader reader, String fileName, char delimiter) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(true)
			.get();
		List<ImportProblem> problems = new ArrayList<>();
		try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			CSVRecord header = next(records);
			if (header == null) {
				return EmployeeFile.refused(fileName,
						ImportProblem.ofFile("The file is empty. Download the template, fill it in and upload it."));
			}
			Map<EmployeeColumn, Integer> columns = columns(header, problems);
			if (!problems.isEmpty()) {
				return new EmployeeFile(fileName, columns.keySet(), List.of(), problems);
			}
			EmployeeRowReader rows = new EmployeeRowReader(columns);
			readRows(parser, records, rows, problems);
			problems.addAll(rows.duplicates());
			return new EmployeeFile(fileName, columns.keySet(), rows.rows(), problems);
		}
	}

	private static void readRows(CSVParser parser, Iterator<CSVRecord> records, EmployeeRowReader rows,
			List<ImportProblem> problems) {
		while (true) {
			long line = parser.getCurrentLineNumber() + 1;
			CSVRecord record;
			try {
				record = next(records);
			}
			catch (UncheckedIOException ex) {
				problems.add(new ImportProblem(line, "",
						"a quoted value is not closed: every value that starts with \" needs a closing \"."));
				return;
			}
			if (record == null) {
				return;
			}
			rows.read(line, record, problems);
		}
	}

	/**
	 * The next record, reading exactly one: the iterator's {@code hasNext} reads ahead,
	 * which would move the line count past the record.
	 */
	private static CSVRecord next(Iterator<CSVRecord> records) {
		try {
			return records.next();
		}
		catch (NoSuchElementException ex) {
			return null;
		}
	}

	private static Map<EmployeeColumn, Integer> columns(CSVRecord header, List<ImportProblem> problems) {
		Map<EmployeeColumn, Integer> columns = new EnumMap<>(EmployeeColumn.class);
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).replace(String.valueOf(BOM), "").strip();
			EmployeeColumn column = EmployeeColumn.named(name).orElse(null);
			if (column != null && columns.putIfAbsent(column, i) != null) {
				problems.add(ImportProblem.at(1, column,
						"two columns are headed \"" + column.label() + "\" (or another name for it); keep one."));
			}
		}
		for (EmployeeColumn column : EmployeeColumn.values()) {
			if (column.required() && !columns.containsKey(column)) {
				problems.add(ImportProblem.at(1, column, "the header has no " + column.label()
						+ " column. The first line must name the columns, as in the template."));
			}
		}
		return columns;
	}

	private static void skipByteOrderMark(BufferedReader reader) throws IOException {
		reader.mark(1);
		if (reader.read() != BOM) {
			reader.reset();
		}
	}

	/**
	 * Semicolons when the first line has more of them than commas outside quotes, as
	 * spreadsheets save CSV where the comma is the decimal separator.
	 */
	private static char delimiter(BufferedReader reader) throws IOException {
		reader.mark(HEADER_PEEK);
		char[] start = new char[HEADER_PEEK];
		int read = reader.read(start);
		reader.reset();
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < read && (quoted || (start[i] != '\n' && start[i] != '\r')); i++) {
			char c = start[i];
			quoted ^= c == '"';
			commas += (!quoted && c == ',') ? 1 : 0;
			semicolons += (!quoted && c == ';') ? 1 : 0;
		}
		return (semicolons > commas) ? ';' : ',';
	}

	/**
	 * Why the file is not a CSV file, judged by its name and first bytes, or null: a
	 * workbook saved as .xlsx, a PDF, or any file with NUL bytes.
	 */
	private static String notCsv(Path file, String fileName) throws IOException {
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		byte[] start = new byte[4096];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(start, 0, start.length);
		}
		boolean zip = read >= 2 && start[0] == 'P' && start[1] == 'K';
		boolean nul = false;
		for (int i = 0; i < read; i++) {
			nul |= start[i] == 0;
		}
		if (zip || name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".ods")) {
			return fileName + " is a spreadsheet workbook, not a CSV file. In the spreadsheet choose "
					+ "File, Save as, \"CSV UTF-8\" and upload that file.";
		}
		if (nul || !(name.endsWith(".csv") || name.endsWith(".txt"))) {
			return fileName + " is not a CSV file. Upload a .csv file saved as \"CSV UTF-8\"; "
					+ "download the template to see the columns.";
		}
		return null;
	}

}
