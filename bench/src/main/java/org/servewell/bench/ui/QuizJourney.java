package org.servewell.bench.ui;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One learner's way through the real UI: sign in, open My learning, follow the course's
 * link, the course outline's quiz step and "Take the quiz", then answer every scenario
 * (click an option, think, "Next") and submit, and see the result. Each step finds what
 * it clicks by what the page shows, times the request and checks the answer; the first
 * failed check ends the journey as an error of that kind.
 * <p>
 * Between opening the quiz and the first answer the learner waits at a gate, so that the
 * heap can be measured with every learner of the step on the quiz view.
 */
final class QuizJourney {

	private static final Pattern POSITION = Pattern.compile("Scenario (\\d+) of (\\d+)");

	private final BrowserSession browser;

	private final StepFigures figures;

	private final String email;

	private final String course;

	private final int thinkFrom;

	private final int thinkTo;

	QuizJourney(BrowserSession browser, StepFigures figures, String email, String course, int thinkFrom, int thinkTo) {
		this.browser = browser;
		this.figures = figures;
		this.email = email;
		this.course = course;
		this.thinkFrom = thinkFrom;
		this.thinkTo = thinkTo;
	}

	/**
	 * Runs the journey; counts down {@code onQuiz} once on the quiz (or failed before),
	 * then waits for {@code answering} to open.
	 */
	void run(CountDownLatch onQuiz, CountDownLatch answering) throws InterruptedException {
		boolean open;
		try {
			open = openQuiz();
		}
		finally {
			onQuiz.countDown();
		}
		answering.await();
		if (open) {
			answerAndSubmit();
		}
	}

	private boolean openQuiz() {
		if (!step("sign-in", () -> this.browser.signIn(this.email, LearnerAccounts.PASSWORD), null)) {
			return false;
		}
		if (!step("navigate", () -> this.browser.navigate("learning", "", "link"), "Courses")) {
			return false;
		}
		String start = link(page(), this.course);
		if (start == null) {
			return this.figures.error("navigate", "no link to " + this.course + " on My learning");
		}
		int query = start.indexOf('?');
		if (!step("navigate", () -> this.browser.navigate((query < 0) ? start : start.substring(0, query),
				(query < 0) ? "" : start.substring(query + 1), "link"), "lessons read")) {
			return false;
		}
		if (!step("navigate", () -> this.browser.navigate("course/" + this.course, "lesson=0", "link"),
				"Take the quiz")) {
			return false;
		}
		if (!step("open quiz", () -> this.browser.click(button("Take the quiz")), "Scenario 1 of")) {
			return false;
		}
		this.figures.answerBytes("open quiz", this.browser.lastAnswerBytes());
		return true;
	}

	private void answerAndSubmit() throws InterruptedException {
		while (true) {
			Matcher position = POSITION.matcher(page().pageText());
			if (!position.find()) {
				this.figures.error("answer", "no 'Scenario n of m' on the quiz");
				return;
			}
			int number = Integer.parseInt(position.group(1));
			int count = Integer.parseInt(position.group(2));
			UidlTree.Node group = page().first("vaadin-radio-group").orElse(null);
			List<UidlTree.Node> options = (group != null) ? page().within(group, "vaadin-radio-button") : List.of();
			if (options.isEmpty() || options.get(0).property("value") == null) {
				this.figures.error("answer", "no options on scenario " + number);
				return;
			}
			String value = options.get(ThreadLocalRandom.current().nextInt(options.size())).property("value");
			think();
			if (!step("answer", () -> this.browser.chooseRadio(group, value), "Answer saved at")) {
				return;
			}
			this.figures.answerBytes("answer", this.browser.lastAnswerBytes());
			think();
			if (number == count) {
				step("submit", () -> this.browser.click(button("Submit answers")), "Quiz result");
				return;
			}
			if (!step("next", () -> this.browser.click(button("Next")), "Scenario " + (number + 1) + " of")) {
				return;
			}
		}
	}

	private UidlTree page() {
		return this.browser.tree();
	}

	private UidlTree.Node button(String text) {
		return page().button(text)
			.orElseThrow(() -> new BrowserSession.UnexpectedAnswer("no enabled button '" + text + "'"));
	}

	/** The address of the first link whose address names the course. */
	private static String link(UidlTree page, String course) {
		return page.find((node) -> "a".equals(node.tag) && node.attributes.getOrDefault("href", "").contains(course))
			.stream()
			.map((node) -> node.attributes.get("href"))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Times the action as one interaction of the kind, then checks that the page shows
	 * the expected text; a failure of either is an error of that kind.
	 * @return whether the step succeeded
	 */
	private boolean step(String kind, Runnable action, String expected) {
		long started = System.nanoTime();
		try {
			action.run();
			long nanos = System.nanoTime() - started;
			if (expected != null && !page().pageText().contains(expected)) {
				if (Boolean.getBoolean("dump")) {
					System.out.println(page().dump());
				}
				return this.figures.error(kind,
						"expected '" + expected + "', page shows: " + abbreviate(page().pageText()));
			}
			this.figures.sample(kind, nanos);
			return true;
		}
		catch (RuntimeException ex) {
			return this.figures.error(kind, ex.getMessage());
		}
	}

	private void think() throws InterruptedException {
		Thread.sleep(ThreadLocalRandom.current().nextLong(this.thinkFrom * 1000L, this.thinkTo * 1000L + 1));
	}

	private static String abbreviate(String text) {
		return (text.length() > 300) ? text.substring(0, 300) + "..." : text;
	}

}
