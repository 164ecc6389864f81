package org.servewell.reminders;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminder rules once a day (at the time {@code servewell.reminders.cron} says,
 * 07:00 by default; "-" switches the schedule off), on one instance at a time; and once
 * when the application has started ({@code servewell.reminders.run-at-start}), so that a
 * day the application was down at 07:00 is caught up. A second run on the same day
 * records nothing twice.
 */
@Component
@WhenRemindersEnabled
class ReminderJob {

	/** The lock's name in the {@code shedlock} table. */
	static final String LOCK = "servewell-reminders";

	private final ReminderRun run;

	private final Clock clock;

	ReminderJob(ReminderRun run, Clock clock) {
		this.run = run;
		this.clock = clock;
	}

	/** Today's reminders, under the lock; the lock is held at most 30 minutes. */
	@Scheduled(cron = "${servewell.reminders.cron:0 0 7 * * *}")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
	public void remind() {
		this.run.remind(LocalDate.now(this.clock));
	}

}
