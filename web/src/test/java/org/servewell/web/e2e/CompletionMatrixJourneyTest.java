package org.servewell.web.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A manager opens the completion matrix in Chromium, keeps the overdue courses, downloads
 * the CSV and reads it back: the overdue courses of their own reports, and no one else's.
 * The people are made through the REST API with an administrator's token, as an HR system
 * would.
 */
class CompletionMatrixJourneyTest extends BrowserJourney {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private String token;

	@Test
	void manager_filters_the_matrix_to_overdue_and_downloads_only_their_reports_overdue_courses() throws Exception {
		String id = UUID.randomUUID().toString().substring(0, 6);
		LocalDate today = LocalDate.now();
		try (BrowserContext browser = newContext()) {
			this.token = writeToken(browser);
		}
		long manager = id(get("/api/v1/people/by-email/" + MANAGER));
		String department = "Matrix journey " + id;
		long olive = person("olive-" + id, "Olive Overdue " + id, department, manager);
		long nora = person("nora-" + id, "Nora Ontime " + id, department, manager);
		long sam = person("sam-" + id, "Sam Stranger " + id, department, null);
		assign(olive, "first-time-every-time", today.minusDays(4));
		assign(olive, "what-customers-expect", today.minusDays(1));
		assign(olive, "brilliant-or-careless", today.plusDays(9));
		assign(nora, "first-time-every-time", today.plusDays(12));
		assign(sam, "first-time-every-time", today.minusDays(6));

		try (BrowserContext browser = newContext()) {
			Page page = openSignedIn(browser, "/reports/matrix", MANAGER);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Completion matrix")))
				.isVisible();
			assertThat(page.getByText("Nora Ontime " + id)).isVisible();

			page.locator("#matrix-status").click();
			page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Overdue")).click();
			assertThat(page.getByText("Nora Ontime " + id)).not().isVisible();
			assertThat(page.getByText("Olive Overdue " + id)).isVisible();
			screenshot(page, "matrix-manager-overdue.png");

			Download download = page.waitForDownload(() -> page.getByText("Download CSV").click());
			assertThat(download.suggestedFilename()).startsWith("servewell-completion-matrix-").endsWith(".csv");
			List<CSVRecord> lines = csvRecords(download);

			assertThat(lines).as("only overdue courses")
				.allSatisfy((line) -> assertThat(line.get("State")).isEqualTo("Overdue"));
			assertThat(lines).as("only the manager's reports")
				.allSatisfy((line) -> assertThat(line.get("Manager")).isEqualTo("Max Manager"));
			assertThat(lines).filteredOn((line) -> line.get("Department").equals(department))
				.extracting((line) -> line.get("Person"), (line) -> line.get("Course code"),
						(line) -> line.get("Due date"))
				.containsExactly(tuple("Olive Overdue " + id, "first-time-every-time", today.minusDays(4).toString()),
						tuple("Olive Overdue " + id, "what-customers-expect", today.minusDays(1).toString()));
		}

		try (BrowserContext phone = newPhoneContext()) {
			Page page = openSignedIn(phone, "/reports/matrix", MANAGER);
			assertThat(page.getByText("Olive Overdue " + id)).isVisible();
			screenshot(page, "matrix-manager-phone.png");
		}
		try (BrowserContext browser = newContext()) {
			Page page = openSignedIn(browser, "/reports/matrix", HR);
			// The demo organisation fills more rows than the page shows: narrow to the
			// department.
			Locator departmentFilter = page.getByRole(AriaRole.COMBOBOX,
					new Page.GetByRoleOptions().setName("Department"));
			departmentFilter.fill(department);
			page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(department)).click();
			assertThat(page.getByText("Sam Stranger " + id)).isVisible();
			screenshot(page, "matrix-hr.png");
		}
	}

	/** An administrator creates a read-and-write API token in the browser. */
	private String writeToken(BrowserContext browser) {
		Page page = openSignedIn(browser, "/admin/api-tokens", ADMIN);
		page.getByLabel("Name").fill("Matrix journey");
		page.getByLabel("May").click();
		page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Read and write")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
		return page.getByLabel("Secret (shown once)").inputValue();
	}

	private long person(String handle, String name, String department, Long managerId)
			throws IOException, InterruptedException {
		return id(post("/api/v1/people",
				"{\"email\":\"" + handle + "@example.org\",\"displayName\":\"" + name
						+ "\",\"roles\":[\"LEARNER\"],\"department\":\"" + department + "\",\"managerId\":" + managerId
						+ ",\"enabled\":true}"));
	}

	private void assign(long personId, String course, LocalDate dueDate) throws IOException, InterruptedException {
		post("/api/v1/assignments",
				"{\"personId\":" + personId + ",\"courseCode\":\"" + course + "\",\"dueDate\":\"" + dueDate + "\"}");
	}

	private static long id(String json) {
		Matcher matcher = ID.matcher(json);
		assertThat(matcher.find()).as(json).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private String get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), 200);
	}

	private String post(String path, String json) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url(path)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)), 201);
	}

	private String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				request.header("Authorization", "Bearer " + this.token).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
		return response.body();
	}

}
