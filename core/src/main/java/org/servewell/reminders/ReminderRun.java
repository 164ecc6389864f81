package org.servewell.reminders;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.servewell.learning.due.DueCourses;
import org.servewell.learning.due.OpenAssignment;
import org.servewell.learning.due.Recipient;
import org.servewell.reminders.domain.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 */
@Component
@WhenMailConfigured
class ReminderRun {

	private static final Logger logger = LoggerFactory.getLogger(ReminderRun.class);

	/** Failures in a row after which the server is taken to be down for this run. */
	static final int FAILURES_TO_GIVE_UP = 3;

	private final DueCourses due;

	private final NotificationLog log;

	private final ReminderMails mails;

	private final MailDelivery delivery;

	private final ReminderSettings settings;

	ReminderRun(DueCourses due, NotificationLog log, ReminderMails mails, MailDelivery delivery,
			ReminderSettings settings) {
		this.due = due;
		this.log = log;
		this.mails = mails;
		this.delivery = delivery;
		this.settings = settings;
	}

	/**
	 * Sends what is due on {@code today}.
	 * @return how many mails went out and how many failed
	 */
	RunResult remind(LocalDate today) {
		Tally tally = new Tally();
		try {
			retryFailed(today, tally);
			remindLearners(today, tally);
			sendDigests(today, tally);
		}
		catch (ServerDownException ex) {
			logger.warn("Reminders stopped after {} failed mails in a row; the next run tries again",
					FAILURES_TO_GIVE_UP);
		}
		logger.info("Reminders for {}: {} sent, {} failed, {} skipped", today, tally.sent, tally.failed, tally.skipped);
		return new RunResult(tally.sent, tally.failed, tally.skipped);
	}

	private void retryFailed(LocalDate today, Tally tally) {
		long after = 0;
		List<Notification> page;
		do {
			page = this.log.failedToRetry(this.settings.maxAttempts(), after, this.settings.pageSize());
			for (Notification failed : page) {
				after = failed.getId();
				Optional<ReminderMail> mail = retryMail(failed, today);
				if (mail.isPresent()) {
					deliver(failed.getId(), mail::get, tally);
				}
				else {
					this.log.skipped(failed.getId(), "Nothing to remind of any more");
					tally.skipped++;
				}
			}
		}
		while (page.size() == this.settings.pageSize());
	}

	private Optional<ReminderMail> retryMail(Notification failed, LocalDate today) {
		if (failed.getKind() == NotificationKind.TEAM_DIGEST) {
			long managerId = failed.getRecipientId();
			return this.due.managersWithOverdue(today, managerId - 1, 1)
				.stream()
				.filter((manager) -> manager.personId() == managerId)
				.findFirst()
				.map((manager) -> digest(manager, today));
		}
		return this.due.open(failed.getAssignmentId(), today)
			.filter((course) -> course.personId() == failed.getRecipientId())
			.map((course) -> this.mails.learner(failed.getKind(), course, today));
	}

	private void remindLearners(LocalDate today, Tally tally) {
		int every = this.settings.overdueEveryDays();
		LocalDate firstOverdue = today.minusDays((long) every * this.settings.overdueMaxReminders());
		long after = 0;
		List<OpenAssignment> page;
		do {
			page = this.due.dueBetween(firstOverdue, today.plusDays(this.settings.dueSoonDays()), today, after,
					this.settings.pageSize());
			for (OpenAssignment course : page) {
				after = course.assignmentId();
				long overdue = course.daysOverdue(today);
				if (overdue < 0) {
					remind(course, NotificationKind.DUE_SOON, course.dueDate().toString(), today, tally);
				}
				else if (overdue == 0) {
					remind(course, NotificationKind.DUE_TODAY, course.dueDate().toString(), today, tally);
				}
				else {
					long week = (overdue - 1) / every;
					remind(course, NotificationKind.OVERDUE, course.dueDate() + "/" + (week + 1), today, tally);
				}
			}
		}
		while (page.size() == this.settings.pageSize());
	}

	private void remind(OpenAssignment course, NotificationKind kind, String period, LocalDate today, Tally tally) {
		this.log.claim(course.personId(), kind, course.assignmentId(), period)
			.ifPresent((id) -> deliver(id, () -> this.mails.learner(kind, course, today), tally));
	}

	private void sendDigests(LocalDate today, Tally tally) {
		String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W"
				+ String.format("%02d", today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		long after = 0;
		List<Recipient> page;
		do {
			page = this.due.managersWithOverdue(today, after, this.settings.pageSize());
			for (Recipient manager : page) {
				after = manager.personId();
				this.log.claim(manager.personId(), NotificationKind.TEAM_DIGEST, Notification.NO_ASSIGNMENT, week)
					.ifPresent((id) -> deliver(id, () -> digest(manager, today), tally));
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
	 * What a run did.
	 *
	 * @param sent mails the server accepted
	 * @param failed mails that failed (kept for a later run)
	 * @param skipped failed mails no longer needed
	 */
	record RunResult(int sent, int failed, int skipped) {

	}

	private static final class Tally {

		int sent;

		int failed;

		int skipped;

		int failuresInARow;

	}

	private static final class ServerDownException extends RuntimeException {

		ServerDownException() {
			super(null, null, false, false);
		}

	}

}
