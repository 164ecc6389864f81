package org.servewell.reminders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The reminder jobs' schedules. Each job takes its lock with {@code @SchedulerLock}, so
 * with several instances one runs it and the others skip that run; the lock itself is
 * configured in shared, for every job. The daily job runs without a mail server too: it
 * records the in-app notices.
 */
@Configuration(proxyBeanMethods = false)
@WhenRemindersEnabled
@EnableScheduling
@EnableConfigurationProperties(ReminderSettings.class)
class ReminderConfiguration {

}
