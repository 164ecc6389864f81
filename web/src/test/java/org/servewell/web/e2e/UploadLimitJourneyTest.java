package org.servewell.web.e2e;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A course zip far larger than the studio accepts, sent past the browser's own size check
 * as a script could send it, is refused by the server without being read, and the page
 * says why. The jar's resident memory before and after is printed for the record
 * (measured, not asserted: memory goals live in benchmarks).
 */
class UploadLimitJourneyTest extends BrowserJourney {

	@Test
	void course_zip_of_150_mb_sent_past_the_browser_check_is_refused_by_the_server_and_the_page_says_why(
			@TempDir Path folder) throws IOException {
		Path huge = folder.resolve("huge.zip");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(150_000_000L);
		}
		try (BrowserContext browser = newContext()) {
			Page page = openSignedIn(browser, "/studio", TRAINER);
			Locator dialog = openDialog(page, "Import course (zip)");
			String before = residentMemory();
			// What a script does: the browser's maxFileSize is only a hint.
			page.locator("vaadin-upload").evaluate("upload => { upload.maxFileSize = Infinity; }");

			page.locator("vaadin-upload input[type=file]").setInputFiles(huge);

			assertThat(dialog.getByText("huge.zip is 150 MB; the largest file accepted is 5 MB.")).isVisible();
			System.out.println("Servewell jar resident memory before the 150 MB upload: " + before + ", after: "
					+ residentMemory());
		}
	}

	private String residentMemory() throws IOException {
		return Files.readAllLines(Path.of("/proc", String.valueOf(this.jar.pid()), "status"))
			.stream()
			.filter((line) -> line.startsWith("VmRSS:"))
			.map((line) -> line.substring("VmRSS:".length()).strip())
			.findFirst()
			.orElse("unknown");
	}

}
