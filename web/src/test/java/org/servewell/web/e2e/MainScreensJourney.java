package org.servewell.web.e2e;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A tour of Servewell's main screens, each opened by the person who uses it, for checks
 * that every screen must pass (accessibility, fitting a phone).
 */
abstract class MainScreensJourney extends BrowserJourney {

	static final String COURSE = "first-time-every-time";

	static final String COURSE_TITLE = "Service first time, every time";

	static final String PASSWORD = "a long tour password";

	/**
	 * Opens every main screen in browsers from {@code browsers} and hands each, once
	 * shown, to {@code check} with its name.
	 */
	void tourMainScreens(Supplier<BrowserContext> browsers, BiConsumer<String, Page> check) {
		try (BrowserContext browser = browsers.get()) {
			Page page = browser.newPage();
			page.navigate(url("/login"));
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
			check.accept("login", settled(page));
		}
		String learner;
		try (BrowserContext browser = browsers.get()) {
			Page page = openSignedIn(browser, "/admin/people", ADMIN);
			assertThat(heading(page, "People")).isVisible();
			check.accept("people", settled(page));
			learner = addLearner(page, (dialog) -> check.accept("person dialog", settled(page)));
			show(page, "/admin/webhooks", heading(page, "Webhooks"));
			registerWebhookAndSendTest(page);
			check.accept("webhooks", settled(page));
		}
		try (BrowserContext browser = browsers.get()) {
			Page page = browser.newPage();
			page.navigate(url("/"));
			signIn(page, learner, PASSWORD);
			assertThat(page.getByText("Welcome, ").first()).isVisible();
			check.accept("home", settled(page));
			show(page, "/learning", heading(page, "My learning"));
			check.accept("my learning", settled(page));
			show(page, "/course/" + COURSE, heading(page, COURSE_TITLE));
			check.accept("course", settled(page));
			takeQuiz(page, () -> check.accept("quiz", settled(page)));
			check.accept("result", settled(page));
		}
		try (BrowserContext browser = browsers.get()) {
			Page page = openSignedIn(browser, "/studio/course/" + COURSE, TRAINER);
			assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Versions"))).isVisible();
			check.accept("studio course", settled(page));
		}
		try (BrowserContext browser = browsers.get()) {
			Page page = openSignedIn(browser, "/catalog", HR);
			assertThat(heading(page, "Course catalogue")).isVisible();
			check.accept("catalogue", settled(page));
			show(page, "/progress", heading(page, "Progress"));
			check.accept("progress", settled(page));
			show(page, "/candidates", heading(page, "Candidates"));
			check.accept("candidates", settled(page));
		}
	}

	/**
	 * An administrator adds a learner of their own for this tour (their attempts must not
	 * change what other journeys see); {@code whileOpen} sees the dialog filled in.
	 */
	String addLearner(Page admin, java.util.function.Consumer<Locator> whileOpen) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String email = "tour-" + id + "@test.servewell.org";
		String name = "Toni " + id;
		Locator dialog = openDialog(admin, "Add person");
		dialog.getByLabel("Email (sign-in name)").fill(email);
		dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(name);
		dialog.getByLabel("Initial password").fill(PASSWORD);
		whileOpen.accept(dialog);
		dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
		assertThat(admin.getByText("Saved " + name + ".")).isVisible();
		return email;
	}

	/** Signs in as a new learner, answers two scenarios and submits: the result shows. */
	void takeQuizAsNewLearner(BrowserContext admins, BrowserContext learners) {
		Page admin = openSignedIn(admins, "/admin/people", ADMIN);
		String learner = addLearner(admin, (dialog) -> {
		});
		Page page = learners.newPage();
		page.navigate(url("/quiz/" + COURSE));
		signIn(page, learner, PASSWORD);
		takeQuiz(page, () -> {
		});
	}

	/**
	 * On the quiz: answers two scenarios with their first option, lets
	 * {@code whileAnswering} look, then submits the rest unanswered.
	 */
	private void takeQuiz(Page page, Runnable whileAnswering) {
		page.navigate(url("/quiz/" + COURSE));
		assertThat(page.getByText("Scenario 1 of ").first()).isVisible();
		page.getByRole(AriaRole.RADIO).first().check();
		assertThat(page.getByText("Answer saved at")).isVisible();
		whileAnswering.run();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
		assertThat(page.getByText("Scenario 2 of ").first()).isVisible();
		page.getByRole(AriaRole.RADIO).first().check();
		assertThat(page.getByText("Answer saved at")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit answers")).click();
		page.getByRole(AriaRole.ALERTDIALOG)
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Submit"))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Pass mark")))
			.isVisible();
	}

	/**
	 * Registers a webhook (its secret then shows) and queues a test event, so that both
	 * lists have a row with their widest content: a long URL and a delivery's status.
	 */
	private static void registerWebhookAndSendTest(Page page) {
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Tour receiver");
		page.getByLabel("URL", new Page.GetByLabelOptions().setExact(true))
			.fill("https://receiver.example.invalid/hooks/servewell/a-rather-long-path-for-a-phone");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register webhook")).click();
		assertThat(page.getByLabel("Signing secret (shown once)")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send a test event to Tour receiver"))
			.first()
			.click();
		assertThat(page.getByText("webhook.test").first()).isVisible();
	}

	void show(Page page, String path, Locator shown) {
		page.navigate(url(path));
		assertThat(shown).isVisible();
	}

	/**
	 * Waits (at most 3 s) for the finite animations running in the page and in every
	 * shadow root: a dialog's overlay fading in has nearly transparent text, which a
	 * contrast check would read as unreadable.
	 */
	private static final String ANIMATIONS_FINISHED = """
			async () => {
				const roots = [document];
				for (let i = 0; i < roots.length; i++) {
					for (const element of roots[i].querySelectorAll('*')) {
						if (element.shadowRoot) roots.push(element.shadowRoot);
					}
				}
				const finite = roots.flatMap((root) => root.getAnimations())
					.filter((animation) => animation.playState === 'running'
						&& Number.isFinite(animation.effect?.getComputedTiming().endTime));
				await Promise.race([
					Promise.all(finite.map((animation) => animation.finished.catch(() => null))),
					new Promise((done) => setTimeout(done, 3000))]);
			}""";

	/**
	 * The page once its requests are answered, its animations have ended and its
	 * components have drawn.
	 */
	static Page settled(Page page) {
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.evaluate(ANIMATIONS_FINISHED);
		page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))");
		return page;
	}

}
