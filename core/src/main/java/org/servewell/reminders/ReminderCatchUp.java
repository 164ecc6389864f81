package org.servewell.reminders;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the day's reminders once the application is ready, through the job's lock (a
 * separate bean, so that the call goes through the lock's proxy).
 */
@Component
@WhenRemindersEnabled
@ConditionalOnBooleanProperty(name = "servewell.reminders.run-at-start", matchIfMissing = true)
class ReminderCatchUp {

	private final ReminderJob job;

	ReminderCatchUp(ReminderJob job) {
		this.job = job;
	}

	@EventListener(ApplicationReadyEvent.class)
	void catchUp() {
		this.job.remind();
	}

}
