package org.servewell.web.e2e;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A journey through the browser: a real Chromium against the production jar, started as
 * the README starts it with the demo profile (see {@link ProductionJar}). A journey sees
 * Servewell only as a user does, through the browser and HTTP.
 */
@BrowserTest
@AgainstProductionJar
abstract class BrowserJourney {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static final String DEMO_PASSWORD = "servewell-demo";

	static final String LEARNER = "learner@demo.servewell.org";

	static final String TRAINER = "trainer@demo.servewell.org";

	/** The demo's second trainer, so that two can key a course. */
	static final String SECOND_TRAINER = "trainer2@demo.servewell.org";

	static final String HR = "hr@demo.servewell.org";

	static final String MANAGER = "manager@demo.servewell.org";

	static final String ADMIN = "admin@demo.servewell.org";

	static Chromium chromium;

	ProductionJar jar;

	@BeforeAll
	static void startBrowser() {
		chromium = new Chromium();
	}

	@AfterAll
	static void stopBrowser() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void useJar(ProductionJar jar) {
		this.jar = jar;
	}

	/**
	 * A fresh browser profile: no cookies, as if the browser had been closed and opened
	 * again.
	 */
	BrowserContext newContext() {
		return chromium.browser
			.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setAcceptDownloads(true));
	}

	/** A fresh browser profile the size of a phone (390 x 844 CSS pixels). */
	BrowserContext newPhoneContext() {
		return chromium.browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setAcceptDownloads(true));
	}

	/**
	 * Signs in with a demo account on the sign-in page shown and waits until Servewell is
	 * open.
	 */
	static void signIn(Page page, String email) {
		signIn(page, email, DEMO_PASSWORD);
	}

	/** Signs in on the sign-in page shown and waits until Servewell is open. */
	static void signIn(Page page, String email, String password) {
		page.getByLabel("Email").fill(email);
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
	}

	/** Opens a page at {@code path} in {@code browser}, signed in with a demo account. */
	Page openSignedIn(BrowserContext browser, String path, String email) {
		Page page = browser.newPage();
		page.navigate(url(path));
		signIn(page, email);
		return page;
	}

	/** The heading named exactly {@code name}. */
	static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	/**
	 * On the Candidates page, HR adds a candidate for the front desk and opens their
	 * page.
	 */
	static void addCandidate(Page hr, String name) {
		Locator dialog = openDialog(hr, "Add candidate");
		dialog.getByLabel("Name").fill(name);
		dialog.getByLabel("Position").fill("Front desk");
		dialog.getByLabel("Position").press("Enter");
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
		hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name)).click();
	}

	/** Clicks the button that opens a dialog, and returns the dialog. */
	static Locator openDialog(Page page, String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
		return page.getByRole(AriaRole.DIALOG);
	}

	/**
	 * A downloaded report read back as a spreadsheet would: UTF-8 with a byte order mark,
	 * a header row, and the rows by column name.
	 */
	static List<CSVRecord> csvRecords(Download download) throws IOException {
		String text = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		try (StringReader reader = new StringReader(text.substring(1))) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
	}

	String url(String path) {
		return this.jar.url(path);
	}

	/**
	 * Stops the database as Servewell sees it (open connections drop, new ones are
	 * refused); on the embedded database, where that cannot be done apart from the app,
	 * the test is skipped.
	 */
	void cutDatabase() {
		Assumptions.assumeTrue(ProductionJar.DATABASE == ProductionJar.Database.MYSQL,
				"The embedded database runs inside the app; stopping it is tested on the MySQL run");
		this.jar.databaseLink().cut();
	}

	/** Starts the database again as Servewell sees it. */
	void restoreDatabase() {
		this.jar.databaseLink().restore();
	}

}
