package org.servewell.people.importing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Employee files as spreadsheets and HR systems save them, read without a database.
 */
class EmployeeCsvTest {

	@TempDir
	Path folder;

	@Test
	void excel_csv_utf8_with_byte_order_mark_crlf_and_a_quoted_line_break_is_read_with_its_accents() throws Exception {
		EmployeeFile file = read(fixture("excel-csv-utf8.csv"), "excel-csv-utf8.csv");

		assertThat(file.problems()).isEmpty();
		assertThat(file.columns()).containsExactlyInAnyOrder(EmployeeColumn.values());
		assertThat(file.rows()).extracting(EmployeeRow::name)
			.containsExactly("Maria Lopez", "José Ñúñez", "Okafor, Chidi");
		EmployeeRow chidi = file.rows().get(2);
		assertThat(chidi.line()).isEqualTo(4);
		assertThat(chidi.jobRole()).isEqualTo("Night auditor\r\n(weekends)");
		assertThat(chidi.manager()).isEqualTo("maria.lopez@excel.example");
		assertThat(file.rows().get(1).manager()).isEqualTo("X-100");
		assertThat(file.rows().get(1).startDate()).isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(file.rows().get(0).employeeNumber()).isEqualTo("X-100");
	}

	@Test
	void libreoffice_file_with_semicolons_quotes_and_a_trailing_blank_line_is_read() throws Exception {
		EmployeeFile file = read(fixture("libreoffice-semicolons.csv"), "libreoffice-semicolons.csv");

		assertThat(file.problems()).isEmpty();
		assertThat(file.rows()).extracting(EmployeeRow::email)
			.containsExactly("anna.schmidt@libre.example", "bernd.maier@libre.example");
		assertThat(file.rows().get(0).department()).isEqualTo("Küche");
		assertThat(file.rows().get(0).manager()).isNull();
		assertThat(file.rows().get(0).active()).isTrue();
		assertThat(file.has(EmployeeColumn.EMPLOYEE_NUMBER)).isFalse();
	}

	@Test
	void windows_1252_file_is_refused_naming_the_first_line_that_is_not_utf8() throws Exception {
		EmployeeFile file = read(fixture("excel-csv-windows-1252.csv"), "excel-csv-windows-1252.csv");

		assertThat(file.rows()).isEmpty();
		assertThat(file.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.line()).isEqualTo(3);
			assertThat(problem.describe())
				.startsWith("line 3: this line is not UTF-8 text. Save the file as \"CSV UTF-8\"");
		});
	}

	@Test
	void header_in_other_case_order_and_names_is_understood_and_blank_lines_lines_keep_their_numbers()
			throws IOException {
		EmployeeFile file = read("""
				ACTIVE,E-Mail Address,Display Name,Dept
				yes,a@x.example,A Person,Sales

				no,b@x.example,B Person,
				""");

		assertThat(file.problems()).isEmpty();
		assertThat(file.rows()).extracting(EmployeeRow::line).containsExactly(2L, 4L);
		assertThat(file.rows().get(1).active()).isFalse();
		assertThat(file.rows().get(1).department()).isNull();
	}

	@Test
	void lines_after_a_quoted_line_break_are_numbered_as_an_editor_shows_them() throws IOException {
		EmployeeFile file = read("email,name,job role\na@x.example,A,\"two\nlines\"\nb@x.example,,Cook\n");

		assertThat(file.problems()).extracting(ImportProblem::describe)
			.containsExactly("line 4, name: enter the person's name.");
	}

	@Test
	void header_without_the_email_column_is_refused_naming_the_column() throws IOException {
		EmployeeFile file = read("name,department\nA,Sales\n");

		assertThat(file.problems()).extracting(ImportProblem::describe)
			.containsExactly("line 1, email: the header has no email column. The first line must name the "
					+ "columns, as in the template.");
	}

	@Test
	void bad_email_date_active_value_and_too_long_name_are_each_listed_by_line_and_column() throws IOException {
		EmployeeFile file = read(
				"email,name,start date,active\n" + "not-an-email,A,2027-01-04,yes\n" + "b@x.example,B,04/01/2027,yes\n"
						+ "c@x.example,C,,maybe\n" + "d@x.example," + "D".repeat(101) + ",,\n" + ",E,,\n");

		assertThat(file.problems()).extracting(ImportProblem::describe)
			.containsExactly(
					"line 2, email: \"not-an-email\" is not an email address; write one such as name@example.org.",
					"line 3, start date: \"04/01/2027\" is not a date Servewell can read without guessing; "
							+ "write it as year-month-day, such as 2027-01-04.",
					"line 4, active: \"maybe\" is neither yes nor no; write yes, no, or leave it empty.",
					"line 5, name: has 101 characters; at most 100 fit. Shorten it.",
					"line 6, email: enter the email address the person signs in with.");
		assertThat(file.rows()).isEmpty();
	}

	@Test
	void the_same_email_or_employee_number_twice_is_listed_with_the_line_it_repeats() throws IOException {
		EmployeeFile file = read(
				"employee number,email,name\nE1,a@x.example,A\nE2,A@X.example,A again\n" + "E1,c@x.example,C\n");

		assertThat(file.problems()).extracting(ImportProblem::describe)
			.containsExactly("line 3, email: a@x.example is also on line 2; each person may appear once.",
					"line 4, employee number: employee number E1 is also on line 2; each person may appear once.");
	}

	@Test
	void unclosed_quote_is_refused_with_its_line() throws IOException {
		EmployeeFile file = read("email,name\na@x.example,\"A\nb@x.example,B\n");

		assertThat(file.problems()).extracting(ImportProblem::line).containsExactly(2L);
		assertThat(file.problems().get(0).message()).startsWith("a quoted value is not closed");
	}

	@Test
	void workbook_and_other_files_are_refused_as_not_csv() throws IOException {
		Path xlsx = this.folder.resolve("people.xlsx");
		Files.write(xlsx, new byte[] { 'P', 'K', 3, 4, 0, 0 });
		Path pdf = this.folder.resolve("people.pdf");
		Files.writeString(pdf, "%PDF-1.7");

		assertThat(read(xlsx, "people.xlsx").problems()).extracting(ImportProblem::describe)
			.containsExactly("file: people.xlsx is a spreadsheet workbook, not a CSV file. In the spreadsheet "
					+ "choose File, Save as, \"CSV UTF-8\" and upload that file.");
		assertThat(read(pdf, "people.pdf").problems()).extracting(ImportProblem::message)
			.singleElement()
			.asString()
			.startsWith("people.pdf is not a CSV file.");
	}

	@Test
	void file_over_the_limit_is_refused_unread() throws IOException {
		Path big = this.folder.resolve("big.csv");
		Files.writeString(big, "email,name\n" + "a@x.example,A\n".repeat(80_000));

		assertThat(EmployeeCsv.read(big, "big.csv", 1_000_000).problems()).extracting(ImportProblem::message)
			.containsExactly(
					"big.csv is larger than 1 MB, the largest employee file accepted. Split it into smaller files.");
	}

	@Test
	void template_reads_back_without_problems() throws IOException {
		EmployeeFile file = read(EmployeeCsv.template());

		assertThat(file.problems()).isEmpty();
		assertThat(file.columns()).containsExactlyInAnyOrder(EmployeeColumn.values());
		assertThat(file.rows()).singleElement().satisfies((row) -> assertThat(row.key()).isEqualTo("E-1001"));
	}

	private EmployeeFile read(String text) throws IOException {
		Path file = this.folder.resolve("employees.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return read(file, "employees.csv");
	}

	private static EmployeeFile read(Path file, String name) throws IOException {
		return EmployeeCsv.read(file, name, EmployeeImportService.MAX_FILE_BYTES);
	}

	private static Path fixture(String name) throws URISyntaxException {
		return Path.of(EmployeeCsvTest.class.getResource("/employees/" + name).toURI());
	}

}
