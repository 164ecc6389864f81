package org.servewell.web.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real-browser test in Debian's Chromium. Skipped, with a message saying how to enable
 * it, unless {@code -Dservewell.browser.tests=true}; when enabled and Chromium is
 * missing, the test fails rather than skips.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(BrowserTest.Condition.class)
@interface BrowserTest {

	/** Enables browser tests only when asked to, and says so when they are skipped. */
	class Condition implements ExecutionCondition {

		private static final AtomicBoolean warned = new AtomicBoolean();

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Boolean.parseBoolean(System.getProperty("servewell.browser.tests"))) {
				return ConditionEvaluationResult.enabled("browser tests enabled");
			}
			String message = "Real-browser tests SKIPPED. To run them, install Chromium (apt-get install chromium "
					+ "chromium-driver) and run with -Dservewell.browser.tests=true, as .ci/run does.";
			if (warned.compareAndSet(false, true)) {
				System.out.println("[WARNING] " + message);
			}
			return ConditionEvaluationResult.disabled(message);
		}

	}

}
