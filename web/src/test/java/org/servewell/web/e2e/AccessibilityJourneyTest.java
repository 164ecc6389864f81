package org.servewell.web.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main screens in a real Chromium, checked with axe-core's rules: no critical or
 * serious violation on any of them (a screen reader or keyboard user would be stopped
 * there).
 */
class AccessibilityJourneyTest extends MainScreensJourney {

	private static final Set<String> BLOCKING = Set.of("critical", "serious");

	@Test
	void every_main_screen_passes_the_critical_and_serious_accessibility_rules() {
		List<String> violations = new ArrayList<>();
		tourMainScreens(this::newContext, (screen, page) -> violations.addAll(blockingViolations(screen, page)));
		assertThat(violations).as("critical and serious axe-core violations").isEmpty();
	}

	private static List<String> blockingViolations(String screen, Page page) {
		AxeResults results = new AxeBuilder(page).analyze();
		List<String> found = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			if (!BLOCKING.contains(rule.getImpact())) {
				continue;
			}
			for (CheckedNode node : rule.getNodes()) {
				found.add(screen + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
						+ node.getTarget() + ": " + node.getFailureSummary().replace('\n', ' '));
			}
		}
		return found;
	}

}
