package org.servewell.reminders;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The reminder rules, under {@code servewell.reminders.*}.
 *
 * @param dueSoonDays a learner hears of a course this many days before it is due
 * @param overdueEveryDays an overdue course is reminded again after this many days
 * @param overdueMaxReminders at most this many overdue reminders per assignment and due
 * date
 * @param maxAttempts a failed mail is tried at most this many times in all
 * @param pageSize how many assignments or managers are read from the database at once
 * @param digestMaxRows a manager's digest lists at most this many overdue courses (and
 * says how many more there are)
 * @param from the sender address of every mail
 * @param interviewRetryAfter an interviewer's mail the server did not take is tried again
 * this long after
 */
@ConfigurationProperties("servewell.reminders")
@Validated
record ReminderSettings(@DefaultValue("7") @Positive int dueSoonDays, @DefaultValue("7") @Positive int overdueEveryDays,
		@DefaultValue("4") @Min(0) int overdueMaxReminders, @DefaultValue("5") @Positive int maxAttempts,
		@DefaultValue("200") @Positive int pageSize, @DefaultValue("100") @Positive int digestMaxRows,
		@DefaultValue("Servewell <servewell@localhost>") @NotBlank String from,
		@DefaultValue("10m") Duration interviewRetryAfter) {

}
