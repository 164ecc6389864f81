package org.servewell.web.e2e;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The screens and dialogs that {@link MainScreensJourney#tourMainScreens} leaves out,
 * each opened by the role that uses it: the quiz's confirmation, the studio's editors,
 * the interview scorecard, the candidate page, assignments and the reports. Nothing is
 * saved but one learner's attempt and a draft that is discarded again.
 */
final class DialogTour {

	/** A course no other journey on the shared jar drafts. */
	private static final String STUDIO_COURSE = "what-customers-expect";

	private final MainScreensJourney journey;

	private final Supplier<BrowserContext> browsers;

	private final BiConsumer<String, Page> check;

	/**
	 * @param browsers where each role's pages open: a desktop window or a phone
	 * @param check what every screen and dialog must pass, given its name
	 */
	DialogTour(MainScreensJourney journey, Supplier<BrowserContext> browsers, BiConsumer<String, Page> check) {
		this.journey = journey;
		this.browsers = browsers;
		this.check = check;
	}

	void run() {
		learnerSubmitsWithAScenarioUnanswered();
		trainerOpensEveryEditorOfADraft();
		hrOpensCandidatesAssignmentsAndReports();
		managerOpensAScorecard();
		administratorOpensTheirScreens();
	}

	private void learnerSubmitsWithAScenarioUnanswered() {
		String learner;
		try (BrowserContext browser = this.browsers.get()) {
			learner = this.journey.addLearner(this.journey.openSignedIn(browser, "/admin/people", BrowserJourney.ADMIN),
					(dialog) -> {
					});
		}
		try (BrowserContext browser = this.browsers.get()) {
			Page page = browser.newPage();
			page.navigate(this.journey.url("/quiz/" + MainScreensJourney.COURSE));
			BrowserJourney.signIn(page, learner, MainScreensJourney.PASSWORD);
			assertThat(page.getByText("Scenario 1 of ").first()).isVisible();
			page.getByRole(AriaRole.RADIO).first().check();
			assertThat(page.getByText("saved at")).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers")).click();
			assertThat(page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON).first()).isVisible();
			this.check.accept("quiz submit confirmation", page);
			page.getByRole(AriaRole.ALERTDIALOG)
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit"))
				.click();
			assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Pass mark")))
				.isVisible();
			this.journey.show(page, "/learning", BrowserJourney.heading(page, "My learning"));
			this.journey.show(page, "/profile", BrowserJourney.heading(page, "My notifications"));
			this.check.accept("my notifications", page);
		}
	}

	private void trainerOpensEveryEditorOfADraft() {
		try (BrowserContext browser = this.browsers.get()) {
			Page page = this.journey.openSignedIn(browser, "/studio", BrowserJourney.TRAINER);
			assertThat(BrowserJourney.heading(page, "Studio")).isVisible();
			this.check.accept("studio", page);
			page.navigate(this.journey.url("/studio/course/" + STUDIO_COURSE));
			Locator startDraft = button(page, "Start a draft");
			Locator discardDraft = button(page, "Discard draft");
			assertThat(startDraft.or(discardDraft).first()).isVisible();
			if (startDraft.isVisible()) {
				startDraft.click();
			}
			assertThat(discardDraft).isVisible();
			this.check.accept("studio draft details", page);
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Lessons")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Edit '")))
				.first()
				.click();
			dialogChecked(page, "lesson editor", "Cancel");
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^Scenarios"))).click();
			this.check.accept("studio scenarios", page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Edit '")))
				.first()
				.click();
			dialogChecked(page, "scenario editor", "Cancel");
			button(page, "Import GIFT").click();
			dialogChecked(page, "GIFT import", "Cancel");
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Keying")).click();
			this.check.accept("studio keying", page);
			page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("History")).click();
			this.check.accept("studio history", page);
			button(page, "Preview as a learner").click();
			dialogChecked(page, "preview", "Close preview");
			button(page, "Publish").click();
			dialogChecked(page, "publish", "Cancel");
			discardDraft.click();
			assertThat(page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON).first()).isVisible();
			this.check.accept("discard confirmation", page);
			page.getByRole(AriaRole.ALERTDIALOG)
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Discard"))
				.click();
			assertThat(startDraft).isVisible();
			this.journey.show(page, "/audit", BrowserJourney.heading(page, "Audit log"));
			this.check.accept("audit log", page);
		}
	}

	private void hrOpensCandidatesAssignmentsAndReports() {
		try (BrowserContext browser = this.browsers.get()) {
			Page page = this.journey.openSignedIn(browser, "/candidates", BrowserJourney.HR);
			button(page, "Add candidate").click();
			dialogChecked(page, "candidate dialog", "Cancel");
			// A candidate of its own: other journeys on the same jar erase, hire or
			// decline theirs.
			BrowserJourney.addCandidate(page, "Axe Candidate " + UUID.randomUUID().toString().substring(0, 8));
			assertThat(button(page, "Erase personal data…")).isVisible();
			this.check.accept("candidate page", page);
			button(page, "Erase personal data…").click();
			dialogChecked(page, "erasure dialog", "Cancel");
			show(page, "/candidates/agreement", "Interviewer agreement");
			show(page, "/candidates/kits", "Interview kits");
			show(page, "/assignments", "Assignments");
			button(page, "Add rule").click();
			dialogChecked(page, "rule dialog", "Cancel");
			button(page, "Assign by hand").click();
			dialogChecked(page, "manual assignment dialog", "Cancel");
			show(page, "/employees", "Employees");
			show(page, "/employees/import", "Import employees");
			show(page, "/reports", "Reports");
			show(page, "/reports/matrix", "Completion matrix");
			show(page, "/reports/overdue", "Overdue and due soon");
			show(page, "/reports/funnel", "Hiring funnel");
			show(page, "/reports/traits", "Results by service trait");
			show(page, "/reports/interviews-and-learning", "Do interviews predict learning?");
		}
	}

	private void managerOpensAScorecard() {
		try (BrowserContext browser = this.browsers.get()) {
			Page page = this.journey.openSignedIn(browser, "/interviews", BrowserJourney.MANAGER);
			assertThat(BrowserJourney.heading(page, "My interviews")).isVisible();
			this.check.accept("my interviews", page);
			page.locator("vaadin-grid a[href*='scorecard/']").first().click();
			assertThat(page.getByRole(AriaRole.RADIOGROUP).first()).isVisible();
			this.check.accept("scorecard", page);
		}
	}

	private void administratorOpensTheirScreens() {
		try (BrowserContext browser = this.browsers.get()) {
			Page page = this.journey.openSignedIn(browser, "/admin/reminders", BrowserJourney.ADMIN);
			assertThat(BrowserJourney.heading(page, "Reminders")).isVisible();
			this.check.accept("reminders", page);
			show(page, "/admin/api-tokens", "API tokens");
		}
	}

	/** Opens {@code path}, waits for its heading and checks it. */
	private void show(Page page, String path, String heading) {
		this.journey.show(page, path, BrowserJourney.heading(page, heading));
		this.check.accept(path.substring(1), page);
	}

	/** Checks the open dialog, then closes it with {@code close}. */
	private void dialogChecked(Page page, String name, String close) {
		Locator dialog = page.getByRole(AriaRole.DIALOG).or(page.getByRole(AriaRole.ALERTDIALOG));
		Locator closeButton = dialog.getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName(close).setExact(true));
		assertThat(closeButton).isVisible();
		this.check.accept(name, page);
		closeButton.click();
		assertThat(dialog).hasCount(0);
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
