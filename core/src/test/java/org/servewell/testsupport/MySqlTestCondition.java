package org.servewell.testsupport;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables {@link MySqlTest} classes only when asked to, and says so loudly when they are
 * skipped.
 */
class MySqlTestCondition implements ExecutionCondition {

	static final String PROPERTY = "servewell.mysql.tests";

	private static final AtomicBoolean warned = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Boolean.parseBoolean(System.getProperty(PROPERTY))) {
			return ConditionEvaluationResult.enabled("MySQL-protocol tests enabled");
		}
		String message = "MySQL-protocol tests SKIPPED. To run them, start MySQL 8.4 or MariaDB on 127.0.0.1:3306 with "
				+ "databases servewell_test and servewell_test_items and user servewell/servewell (or set "
				+ "SERVEWELL_TEST_MYSQL_URL, _ITEMS_URL, _USER, _PASSWORD) "
				+ "and run with -Dservewell.mysql.tests=true, as .ci/run does.";
		if (warned.compareAndSet(false, true)) {
			System.out.println("[WARNING] " + message);
		}
		return ConditionEvaluationResult.disabled(message);
	}

}
