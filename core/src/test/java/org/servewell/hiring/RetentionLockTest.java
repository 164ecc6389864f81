package org.servewell.hiring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servewell.testsupport.JobLocks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly retention job runs on one instance at a time, with reminders switched off
 * too: the lock is every job's, not the reminders'.
 */
@SpringBootTest(properties = "servewell.reminders.enabled=false")
@ExtendWith(OutputCaptureExtension.class)
class RetentionLockTest {

	private static final String RAN = "Retention erased the personal data of";

	@Autowired
	CandidateRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void while_another_instance_runs_the_retention_job_this_one_skips_its_run(CapturedOutput output) {
		JobLocks locks = new JobLocks(this.jdbc, this.transactions);
		this.retention.eraseExpired();
		assertThat(locks.rows(CandidateRetention.LOCK)).as("the job took and released its lock row").isOne();
		assertThat(runs(output)).isOne();

		locks.holdAsAnotherInstance(CandidateRetention.LOCK);
		try {
			this.retention.eraseExpired();
			assertThat(runs(output)).as("skipped while the other instance holds the lock").isOne();
		}
		finally {
			locks.release(CandidateRetention.LOCK);
		}

		this.retention.eraseExpired();
		assertThat(runs(output)).isEqualTo(2);
	}

	private static int runs(CapturedOutput output) {
		return output.getOut().split(RAN, -1).length - 1;
	}

}
