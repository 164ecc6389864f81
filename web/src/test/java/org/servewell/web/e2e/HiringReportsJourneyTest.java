package org.servewell.web.e2e;

import java.util.ArrayList;
import java.util.List;
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

/**
 * HR reads the hiring reports in Chromium on the demo organisation's candidates: the
 * funnel of a position in its table, in the chart's text alternative and in the CSV
 * alike, then how far interviews predicted learning, with the number of people behind
 * each figure and the caution that a few people mean little. A learner who types the
 * funnel's address is shown the page-not-found page.
 */
class HiringReportsJourneyTest extends BrowserJourney {

	/** The position the demo organisation hires for most, its four hires among them. */
	private static final String POSITION = "Front desk associate";

	/**
	 * "Of 27 candidates for Front desk associate, 21 were interviewed, 15 decided and 4
	 * hired."
	 */
	private static final Pattern SENTENCE = Pattern.compile(
			"Of (\\d+) candidates? for (.+?), (\\d+) (?:were|was) interviewed, (\\d+) decided and (\\d+) hired\\.");

	/**
	 * A table cell in the accessibility tree's words, {@code - gridcell "27"}: a line
	 * with ": " in it comes quoted once more, {@code - 'gridcell "Too few: …"'}.
	 */
	private static final Pattern CELL = Pattern.compile("^\\s*- '?gridcell(?: \"((?:[^\"\\\\]|\\\\.)*)\")?('?)");

	/** The caution the figures carry below this many people (decision 0018). */
	private static final int ENOUGH_PEOPLE = 10;

	@Test
	void hr_reads_a_positions_funnel_alike_in_table_chart_and_csv_then_interviews_against_learning_with_the_caution()
			throws Exception {
		try (BrowserContext browser = newContext()) {
			Page page = openSignedIn(browser, "/reports", HR);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the funnel")).click();
			assertThat(heading(page, "Hiring funnel")).isVisible();
			Locator position = page.getByRole(AriaRole.COMBOBOX,
					new Page.GetByRoleOptions().setName("Position in the chart"));
			position.fill(POSITION);
			page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(POSITION).setExact(true)).click();

			Locator chart = page.getByRole(AriaRole.IMG,
					new Page.GetByRoleOptions().setName("Hiring funnel for " + POSITION + "."));
			assertThat(chart).isVisible();
			Funnel drawn = Funnel.of(chart.getAttribute("alt"));
			Locator table = table(page, "Hiring funnel per position");
			// A grid's cells show their text through slots, which a text filter does not
			// read: find the row by its cell's accessible name.
			List<String> row = cells(table.getByRole(AriaRole.ROW)
				.filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.GRIDCELL,
						new Page.GetByRoleOptions().setName(POSITION).setExact(true)))));
			Funnel tabled = new Funnel(row.get(0), Integer.parseInt(row.get(1)), Integer.parseInt(row.get(2)),
					Integer.parseInt(row.get(3)), Integer.parseInt(row.get(4)));
			screenshot(page, "hiring-funnel.png");

			assertThat(tabled).as("the table and the chart's text alternative").isEqualTo(drawn);
			assertThat(tabled.position()).isEqualTo(POSITION);
			assertThat(tabled.hired()).as("the demo's hires").isPositive();
			// The demo decided only candidates it interviewed; a candidate decided
			// without a
			// submitted scorecard would count as decided but not interviewed.
			assertThat(tabled.candidates()).as("candidates >= interviewed >= decided >= hired")
				.isGreaterThanOrEqualTo(tabled.interviewed());
			assertThat(tabled.interviewed()).isGreaterThanOrEqualTo(tabled.decided());
			assertThat(tabled.decided()).isGreaterThanOrEqualTo(tabled.hired());

			Download download = page.waitForDownload(() -> page
				.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the table as CSV"))
				.click());
			assertThat(download.suggestedFilename()).startsWith("servewell-hiring-funnel-").endsWith(".csv");
			List<CSVRecord> lines = csvRecords(download);
			assertThat(lines).isNotEmpty();
			assertThat(lines.get(0).getParser().getHeaderNames()).containsExactly("Position", "Candidates",
					"Interviewed", "Decided", "Hired", "Median days to decision", "Mean days to decision");
			assertThat(lines).filteredOn((line) -> line.get("Position").equals(POSITION))
				.singleElement()
				.satisfies((line) -> {
					assertThat(new Funnel(line.get("Position"), Integer.parseInt(line.get("Candidates")),
							Integer.parseInt(line.get("Interviewed")), Integer.parseInt(line.get("Decided")),
							Integer.parseInt(line.get("Hired"))))
						.isEqualTo(tabled);
					// The table shows "14.0 days" where the file has 14.0.
					assertThat(row.get(5)).isEqualTo(line.get("Median days to decision") + " days");
					assertThat(row.get(6)).isEqualTo(line.get("Mean days to decision") + " days");
				});

			page.navigate(url("/reports"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Compare interviews and learning"))
				.click();
			page.waitForURL(url("/reports/interviews-and-learning"));
			assertThat(heading(page, "Do interviews predict learning?")).isVisible();
			assertThat(page.getByText("A figure from fewer than " + ENOUGH_PEOPLE + " people can mean anything"))
				.isVisible();
			List<List<String>> traits = figures(table(page, "Interview rating against quiz result, per trait"));
			List<List<String>> interviewers = figures(
					table(page, "Interviewer's rating against quiz result, per interviewer"));
			screenshot(page, "interviews-and-learning.png");
			assertThat(traits).as("the demo's few hires bring the caution")
				.anySatisfy((figure) -> assertThat(figure.get(3)).startsWith("Too few people to mean anything"));
			assertThat(interviewers).isNotEmpty();
			int most = traits.stream().mapToInt((figure) -> Integer.parseInt(figure.get(1))).max().orElseThrow();
			Matcher hires = Pattern.compile("(\\d+) hires? ha(?:s|ve) both interview ratings and quiz results")
				.matcher(page.getByText(Pattern.compile("both interview ratings and quiz results on the same trait"))
					.innerText());
			assertThat(hires.find()).isTrue();
			assertThat(Integer.parseInt(hires.group(1))).as("the hires in the headline").isGreaterThanOrEqualTo(most);
		}
	}

	@Test
	void learner_who_types_the_funnels_address_gets_page_not_found_and_no_figures() {
		try (BrowserContext browser = newContext()) {
			Page page = openSignedIn(browser, "/", LEARNER);
			assertThat(page.getByRole(AriaRole.NAVIGATION).getByText("Reports")).hasCount(0);

			page.navigate(url("/reports/funnel"));

			assertThat(heading(page, "Page not found")).isVisible();
			assertThat(heading(page, "Hiring funnel")).hasCount(0);
			assertThat(page.getByText(POSITION)).hasCount(0);
			assertThat(page.getByRole(AriaRole.TREEGRID).or(page.getByRole(AriaRole.GRID))).hasCount(0);
		}
	}

	/**
	 * A table by its accessible name (a Vaadin grid is a treegrid to assistive
	 * technology).
	 */
	private static Locator table(Page page, String name) {
		return page.getByRole(AriaRole.TREEGRID, new Page.GetByRoleOptions().setName(name))
			.or(page.getByRole(AriaRole.GRID, new Page.GetByRoleOptions().setName(name)));
	}

	/**
	 * The rows of a table of correlations (name, people, r, reading), each checked: the
	 * people behind it counted, and the caution in its reading when they are too few.
	 */
	private static List<List<String>> figures(Locator table) {
		Locator rows = table.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHas(table.page().getByRole(AriaRole.GRIDCELL)));
		assertThat(rows.first()).isVisible();
		List<List<String>> figures = new ArrayList<>();
		for (Locator row : rows.all()) {
			figures.add(cells(row));
		}
		assertThat(figures).allSatisfy((figure) -> {
			int people = Integer.parseInt(figure.get(1));
			assertThat(people).as("people behind " + figure.get(0)).isPositive();
			if (people < ENOUGH_PEOPLE && !figure.get(2).equals("–")) {
				assertThat(figure.get(3)).as("the reading of " + figure.get(0))
					.startsWith("Too few people to mean anything (" + people + " of " + ENOUGH_PEOPLE + " needed)");
			}
		});
		return figures;
	}

	/** The cells of a table row as assistive technology reads them, in column order. */
	private static List<String> cells(Locator row) {
		String snapshot = row.ariaSnapshot();
		List<String> cells = new ArrayList<>();
		for (String line : snapshot.split("\n")) {
			Matcher cell = CELL.matcher(line);
			if (cell.find()) {
				String name = (cell.group(1) != null) ? cell.group(1).replaceAll("\\\\(.)", "$1") : "";
				cells.add(cell.group(2).isEmpty() ? name : name.replace("''", "'"));
			}
		}
		assertThat(cells).as(snapshot).isNotEmpty();
		return cells;
	}

	/** A position's funnel as a page or a file shows it. */
	private record Funnel(String position, int candidates, int interviewed, int decided, int hired) {

		static Funnel of(String sentence) {
			Matcher matcher = SENTENCE.matcher(sentence);
			assertThat(matcher.find()).as(sentence).isTrue();
			return new Funnel(matcher.group(2), Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(3)),
					Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5)));
		}

	}

}
