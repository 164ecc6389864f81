package org.servewell.xapi;

import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the xAPI tests share: a test LRS running for each test, and no LRS set and nothing
 * queued before and after it, since tests commit and the next one, whatever its class,
 * must not queue statements for an LRS left behind.
 */
@SpringBootTest
abstract class WithATestLrs {

	@Autowired
	XapiService xapi;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	Lrs lrs;

	@BeforeEach
	void startTheLrsWithNoneSetAndNothingQueued() throws Exception {
		forgetTheLrs();
		this.lrs = new Lrs(200);
	}

	@AfterEach
	void forgetTheLrsAndStopIt() {
		forgetTheLrs();
		this.lrs.close();
	}

	/** How many statements the outbox holds, whatever their status. */
	long rows() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM xapi_statement", Long.class);
	}

	private void forgetTheLrs() {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.jdbc.update("DELETE FROM xapi_statement");
			this.jdbc.update("DELETE FROM xapi_lrs");
		});
	}

	static <T> T admin(Callable<T> action) {
		return SignedIn.as(TestPeople.ADMIN, action, Roles.ADMIN);
	}

}
