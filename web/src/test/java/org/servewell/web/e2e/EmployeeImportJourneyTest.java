package org.servewell.web.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * HR imports employees from files as spreadsheets save them, through the production jar
 * in Chromium: an Excel "CSV UTF-8" file previewed then imported, a Windows-1252 file
 * refused naming its line, and a file large enough to be imported in the background with
 * progress.
 */
// A jar of its own: the 1,500 people it imports would push the people other journeys add
// out of the visible rows of the People and Employees lists.
@OwnProductionJar("employee-import")
class EmployeeImportJourneyTest extends BrowserJourney {

	/** The fixtures core's parser tests read, as Excel and LibreOffice saved them. */
	private static final Path FIXTURES = Path.of("..", "core", "src", "test", "resources", "employees");

	@Test
	void hr_previews_and_imports_an_excel_file_and_a_latin1_file_is_refused_naming_its_line(@TempDir Path folder)
			throws IOException {
		try (BrowserContext browser = newContext()) {
			Page page = openSignedIn(browser, "/employees", HR);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import from CSV")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import employees")))
				.isVisible();

			page.locator("vaadin-upload input[type=file]").setInputFiles(FIXTURES.resolve("excel-csv-utf8.csv"));
			assertThat(page.getByText("excel-csv-utf8.csv: 3 people. 3 to create")).isVisible();
			assertThat(page.getByText("New departments")).not().isVisible();
			Page.GetByRoleOptions importButton = new Page.GetByRoleOptions().setName("Import").setExact(true);
			page.getByRole(AriaRole.BUTTON, importButton).click();
			assertThat(page.getByText("Imported excel-csv-utf8.csv: 3 created")).isVisible();

			page.locator("vaadin-upload input[type=file]")
				.setInputFiles(FIXTURES.resolve("excel-csv-windows-1252.csv"));
			assertThat(page.getByText("this line is not UTF-8 text.")).isVisible();
			assertThat(page.getByRole(AriaRole.BUTTON, importButton)).isDisabled();
			screenshot(page, "employee-import-refused.png");

			page.navigate(url("/employees"));
			assertThat(page.getByText("José Ñúñez")).isVisible();
		}
	}

	@Test
	void large_file_is_imported_in_the_background_with_progress(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("large.csv");
		StringBuilder csv = new StringBuilder("employee number,email,name,department\n");
		for (int i = 0; i < 1500; i++) {
			csv.append("L-")
				.append(i)
				.append(",large-")
				.append(i)
				.append("@journey.example,Large ")
				.append(i)
				.append(",Journey ")
				.append(i % 10)
				.append('\n');
		}
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		try (BrowserContext browser = newContext()) {
			Page page = openSignedIn(browser, "/employees/import", ADMIN);

			page.locator("vaadin-upload input[type=file]").setInputFiles(file);
			assertThat(page.getByText("large.csv: 1500 people. 1500 to create")).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import").setExact(true)).click();

			assertThat(page.getByText("Imported large.csv: 1500 created")).isVisible(
					new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(120_000));
		}
	}

}
