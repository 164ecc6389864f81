package org.servewell.reminders;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.servewell.learning.due.DueCourses;
import org.servewell.learning.due.OpenAssignment;
import org.servewell.learning.due.Recipient;
import org.servewell.reminders.domain.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/**
 * One day's reminders. First the failed notifications of earlier runs are tried again (if
 * still relevant), then each rule's new ones are recorded and sent:
 * <ul>
 * <li>due soon: an open course due within {@code due-soon-days} after today, once per due
 * date;</li>
 * <li>due today: once per due date;</li>
 * <li>overdue: on the first run after the due date, then every
 * {@code overdue-every-days}, at most {@code overdue-max-reminders} times per due
 * date;</li>
 * <li>team digest: once per ISO week to each manager whose team has overdue courses.</li>
 * </ul>
 * Assignments and managers are read in pages. When several mails in a row fail the SMTP
 * server is taken to be down and the run stops; later runs pick up what is left.
 * <p>
 * Every notification is also its recipient's in-app notice. One the person does not want
 * by mail (their choices, unless overdue reminders are mandatory), or any while no SMTP
 * server is configured, is recorded as {@code NOT_MAILED} with the reason, and shown in
 * the app only (docs/decisions/0016).
 */
@Component
@WhenRemindersEnabled
class ReminderRun {

	private static final Logger logger = LoggerFactory.getLogger(ReminderRun.class);

	/** Failures in a row after which the server is taken to be down for this run. */
	static final int FAILURES_TO_GIVE_UP = 3;

	private final DueCourses due;

	private final NotificationLog log;

	private final ReminderMails mails;

	/** Sends the mails; null while no SMTP server is configured. */
	private final MailDelivery delivery;

	private final MailChoices choices;

	private final ReminderSettings settings;

	ReminderRun(DueCourses due, NotificationLog log, ReminderMails mails, ObjectProvider<MailDelivery> delivery,
			MailChoices choices, ReminderSettings settings) {
		this.due = due;
		this.log = log;
		this.mails = mails;
		this.delivery = delivery.getIfAvailable();
		this.choices = choices;
		this.settings = settings;
	}

	/**
	 * Sends what is due on {@code today}.
	 * @return how many mails went out and how many failed
	 */
	RunResult remind(LocalDate today) {
		Tally tally = new Tally();
		tally.overdueMandatory = this.choices.overdueMandatory();
		try {
			if (this.delivery != null) {
				retryFailed(today, tally);
			}
			remindLearners(today, tally);
			sendDigests(today, tally);
		}
		catch (ServerDownException ex) {
			logger.warn("Reminders stopped after {} failed mails in a row; the next run tries again",
					FAILURES_TO_GIVE_UP);
		}
		logger.info("Reminders for {}: {} sent, {} failed, {} skipped, {} in the app only", today, tally.sent,
				tally.failed, tally.skipped, tally.notMailed);
		return new RunResult(tally.sent, tally.failed, tally.skipped, tally.notMailed);
	}

	private void retryFailed(LocalDate today, Tally tally) {
		long after = 0;
		List<Notification> page;
		do {
			page = this.log.failedToRetry(this.settings.maxAttempts(), after, this.settings.pageSize());
			for (Notification failed : page) {
				after = failed.getId();
				Optional<ReminderMail> mail = retryMail(failed, today);
				if (mail.isEmpty()) {
					this.log.skipped(failed.getId(), "Nothing to remind of any more");
					tally.skipped++;
				}
				else if (notMailed(failed.getRecipientId(), failed.getKind(), tally).isPresent()) {
					this.log.skipped(failed.getId(), MailChoices.TURNED_OFF);
					tally.skipped++;
				}
				else {
					deliver(failed.getId(), mail::get, tally);
				}
			}
		}
		while (page.size() == this.settings.pageSize());
	}

	/**
	 * The mail to try again, if its rule still applies today for the same period: a "due
	 * soon" that failed until the due date passed, or last week's digest, is not sent
	 * late.
	 */
	private Optional<ReminderMail> retryMail(Notification failed, LocalDate today) {
		if (failed.getKind() == NotificationKind.TEAM_DIGEST) {
			long managerId = failed.getRecipientId();
			return this.due.managersWithOverdue(today, managerId - 1, 1)
				.stream()
				.filter((manager) -> manager.personId() == managerId && failed.getPeriodKey().equals(week(today)))
				.findFirst()
				.map((manager) -> digest(manager, today));
		}
		return this.due.open(failed.getAssignmentId(), today)
			.filter((course) -> course.personId() == failed.getRecipientId())
			.filter((course) -> rule(course, today)
				.filter((rule) -> rule.kind() == failed.getKind() && rule.period().equals(failed.getPeriodKey()))
				.isPresent())
			.map((course) -> this.mails.learner(failed.getKind(), course, today));
	}

	private void remindLearners(LocalDate today, Tally tally) {
		LocalDate firstOverdue = today
			.minusDays((long) this.settings.overdueEveryDays() * this.settings.overdueMaxReminders());
		long after = 0;
		List<OpenAssignment> page;
		do {
			page = this.due.dueBetween(firstOverdue, today.plusDays(this.settings.dueSoonDays()), today, after,
					this.settings.pageSize());
			Map<Long, ReminderChoices> chosen = this.choices
				.of(page.stream().map(OpenAssignment::personId).distinct().toList());
			for (OpenAssignment course : page) {
				after = course.assignmentId();
				rule(course, today).ifPresent((rule) -> remind(course, chosen.get(course.personId()), rule.kind(),
						rule.period(), today, tally));
			}
		}
		while (page.size() == this.settings.pageSize());
	}

	/**
	 * Which learner's rule applies to an open course today, and for which period: due
	 * soon and due today once per due date, overdue once per n-th overdue period.
	 */
	Optional<Rule> rule(OpenAssignment course, LocalDate today) {
		long overdue = course.daysOverdue(today);
		if (overdue < -this.settings.dueSoonDays()) {
			return Optional.empty();
		}
		if (overdue < 0) {
			return Optional.of(new Rule(NotificationKind.DUE_SOON, course.dueDate().toString()));
		}
		if (overdue == 0) {
			return Optional.of(new Rule(NotificationKind.DUE_TODAY, course.dueDate().toString()));
		}
		long nth = (overdue - 1) / this.settings.overdueEveryDays() + 1;
		if (nth > this.settings.overdueMaxReminders()) {
			return Optional.empty();
		}
		return Optional.of(new Rule(NotificationKind.OVERDUE, course.dueDate() + "/" + nth));
	}

	/** The ISO week of {@code day}, such as 2026-W49: a digest's period. */
	static String week(LocalDate day) {
		return day.get(IsoFields.WEEK_BASED_YEAR) + "-W"
				+ String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	private void remind(OpenAssignment course, ReminderChoices chosen, NotificationKind kind, String period,
			LocalDate today, Tally tally) {
		Optional<String> notMailed = notMailed(chosen, kind, tally);
		this.log
			.claim(course.personId(), kind, course.assignmentId(), period, ReminderMails.title(course),
					ReminderMails.coursePath(course), notMailed)
			.ifPresent((id) -> record(id, notMailed, () -> this.mails.learner(kind, course, today), tally));
	}

	private Optional<String> notMailed(long personId, NotificationKind kind, Tally tally) {
		return notMailed(this.choices.of(personId), kind, tally);
	}

	private Optional<String> notMailed(ReminderChoices chosen, NotificationKind kind, Tally tally) {
		return this.choices.notMailed(this.delivery != null, chosen, kind, tally.overdueMandatory);
	}

	/** Sends the mail of a notification just recorded, unless it is not to be mailed. */
	private void record(long id, Optional<String> notMailed, Supplier<ReminderMail> mail, Tally tally) {
		if (notMailed.isPresent()) {
			tally.notMailed++;
		}
		else {
			deliver(id, mail, tally);
		}
	}

	private void sendDigests(LocalDate today, Tally tally) {
		String week = week(today);
		long after = 0;
		List<Recipient> page;
		do {
			page = this.due.managersWithOverdue(today, after, this.settings.pageSize());
			Map<Long, ReminderChoices> chosen = this.choices.of(page.stream().map(Recipient::personId).toList());
			for (Recipient manager : page) {
				after = manager.personId();
				Optional<String> notMailed = notMailed(chosen.get(manager.personId()), NotificationKind.TEAM_DIGEST,
						tally);
				this.log
					.claim(manager.personId(), NotificationKind.TEAM_DIGEST, Notification.NO_ASSIGNMENT, week, null,
							ReminderMails.PROGRESS_PATH, notMailed)
					.ifPresent((id) -> record(id, notMailed, () -> digest(manager, today), tally));
			}
		}
		while (page.size() == this.settings.pageSize());
	}

	private ReminderMail digest(Recipient manager, LocalDate today) {
		return this.mails.digest(manager,
				this.due.overdueInTeam(manager.personId(), today, this.settings.digestMaxRows()),
				this.due.overdueCountInTeam(manager.personId(), today), today);
	}

	private void deliver(long notificationId, Supplier<ReminderMail> mail, Tally tally) {
		try {
			this.delivery.send(mail.get());
			this.log.sent(notificationId);
			tally.sent++;
			tally.failuresInARow = 0;
		}
		catch (MailException ex) {
			logger.warn("Reminder #{} could not be sent: {}", notificationId, ex.getMessage());
			this.log.failed(notificationId, ex.getMessage());
			tally.failed++;
			if (++tally.failuresInARow >= FAILURES_TO_GIVE_UP) {
				throw new ServerDownException();
			}
		}
	}

	/**
	 * A rule that applies, and the period it applies for.
	 *
	 * @param kind the rule
	 * @param period its period key
	 */
	record Rule(NotificationKind kind, String period) {

	}

	/**
	 * What a run did.
	 *
	 * @param sent mails the server accepted
	 * @param failed mails that failed (kept for a later run)
	 * @param skipped failed mails no longer needed
	 * @param notMailed notices recorded for the app only
	 */
	record RunResult(int sent, int failed, int skipped, int notMailed) {

	}

	private static final class Tally {

		int sent;

		int failed;

		int skipped;

		int notMailed;

		int failuresInARow;

		boolean overdueMandatory;

	}

	private static final class ServerDownException extends RuntimeException {

		ServerDownException() {
			super(null, null, false, false);
		}

	}

}
