package org.servewell.reminders;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.servewell.learning.due.DueCourses;
import org.servewell.learning.due.DuePage;
import org.servewell.learning.due.DuePosition;
import org.servewell.learning.due.OpenAssignment;
import org.servewell.learning.due.Recipient;
import org.servewell.reminders.ReminderPages.Claim;
import org.servewell.reminders.ReminderPages.Claimed;
import org.servewell.reminders.ReminderPages.Outgoing;
import org.servewell.reminders.ReminderPages.ServerDownException;
import org.servewell.reminders.ReminderPages.Tally;
import org.servewell.reminders.domain.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * Assignments and managers are read in pages (keyset walks); each page's notifications
 * are recorded in one batch before its mails go out over one SMTP connection, and their
 * outcomes recorded together (docs/decisions/0023). When a page ends with several failed
 * mails in a row the SMTP server is taken to be down and the run stops; later runs pick
 * up what is left.
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

	private final DueCourses due;

	private final NotificationLog log;

	private final ReminderMails mails;

	private final ReminderPages pages;

	private final MailChoices choices;

	private final ReminderSettings settings;

	ReminderRun(DueCourses due, NotificationLog log, ReminderMails mails, ReminderPages pages, MailChoices choices,
			ReminderSettings settings) {
		this.due = due;
		this.log = log;
		this.mails = mails;
		this.pages = pages;
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
			if (this.pages.mailing()) {
				retryFailed(today, tally);
			}
			remindLearners(today, tally);
			sendDigests(today, tally);
		}
		catch (ServerDownException ex) {
			logger.warn("Reminders stopped after {} failed mails in a row; the next run tries again",
					ReminderPages.FAILURES_TO_GIVE_UP);
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
			Map<Long, ReminderChoices> chosen = this.choices
				.of(page.stream().map(Notification::getRecipientId).distinct().toList());
			List<Outgoing> outgoing = new ArrayList<>();
			for (Notification failed : page) {
				after = failed.getId();
				Optional<ReminderMail> mail = retryMail(failed, today);
				if (mail.isEmpty()) {
					this.log.skipped(failed.getId(), "Nothing to remind of any more");
					tally.skipped++;
				}
				else if (notMailed(chosen.get(failed.getRecipientId()), failed.getKind(), tally).isPresent()) {
					this.log.skipped(failed.getId(), MailChoices.TURNED_OFF);
					tally.skipped++;
				}
				else {
					outgoing.add(new Outgoing(failed.getId(), mail.get()));
				}
			}
			this.pages.deliver(outgoing, tally);
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
			if (!failed.getPeriodKey().equals(week(today))) {
				return Optional.empty();
			}
			return this.due.managerWithOverdue(failed.getRecipientId(), today)
				.map((manager) -> digests(List.of(manager), today).get(manager.personId()));
		}
		return this.due.open(failed.getAssignmentId(), today)
			.filter((course) -> course.personId() == failed.getRecipientId())
			.filter((course) -> rule(course, today)
				.filter((rule) -> rule.kind() == failed.getKind() && rule.period().equals(failed.getPeriodKey()))
				.isPresent())
			.map((course) -> this.mails.learner(failed.getKind(), course, today));
	}

	/**
	 * The learners' reminders, a page of open assignments at a time in the order of due
	 * date and id (a keyset walk): the page's notifications are claimed together, then
	 * its mails sent over one connection and their outcomes recorded together.
	 */
	private void remindLearners(LocalDate today, Tally tally) {
		DuePosition after = DuePosition
			.before(today.minusDays((long) this.settings.overdueEveryDays() * this.settings.overdueMaxReminders()));
		LocalDate lastDue = today.plusDays(this.settings.dueSoonDays());
		do {
			DuePage<OpenAssignment, DuePosition> page = this.due.dueBetween(after, lastDue, today,
					this.settings.pageSize());
			after = page.next();
			Map<Long, ReminderChoices> chosen = this.choices
				.of(page.items().stream().map(OpenAssignment::personId).distinct().toList());
			List<Claim<OpenAssignment>> claims = new ArrayList<>();
			for (OpenAssignment course : page.items()) {
				rule(course, today).ifPresent((rule) -> claims
					.add(new Claim<>(this.log.notification(course.personId(), rule.kind(), course.assignmentId(),
							rule.period(), ReminderMails.title(course), ReminderMails.coursePath(course),
							notMailed(chosen.get(course.personId()), rule.kind(), tally)), course)));
			}
			this.pages.deliver(this.pages.claim(claims, tally)
				.stream()
				.map((claimed) -> new Outgoing(claimed.id(),
						this.mails.learner(claimed.kind(), claimed.about(), today)))
				.toList(), tally);
		}
		while (after != null);
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

	private Optional<String> notMailed(ReminderChoices chosen, NotificationKind kind, Tally tally) {
		return this.choices.notMailed(this.pages.mailing(), chosen, kind, tally.overdueMandatory);
	}

	/**
	 * The managers' weekly digests, a page of managers at a time: claimed together, then
	 * each claimed manager's overdue courses read for the page in two statements.
	 */
	private void sendDigests(LocalDate today, Tally tally) {
		String week = week(today);
		Long after = 0L;
		do {
			DuePage<Recipient, Long> page = this.due.managersWithOverdue(today, after, this.settings.pageSize());
			after = page.next();
			Map<Long, ReminderChoices> chosen = this.choices
				.of(page.items().stream().map(Recipient::personId).toList());
			List<Claim<Recipient>> claims = page.items()
				.stream()
				.map((manager) -> new Claim<>(
						this.log.notification(manager.personId(), NotificationKind.TEAM_DIGEST,
								Notification.NO_ASSIGNMENT, week, null, ReminderMails.PROGRESS_PATH,
								notMailed(chosen.get(manager.personId()), NotificationKind.TEAM_DIGEST, tally)),
						manager))
				.toList();
			List<Claimed<Recipient>> toMail = this.pages.claim(claims, tally);
			Map<Long, ReminderMail> digests = digests(toMail.stream().map(Claimed::about).toList(), today);
			this.pages.deliver(toMail.stream()
				.map((claimed) -> new Outgoing(claimed.id(), digests.get(claimed.about().personId())))
				.toList(), tally);
		}
		while (after != null);
	}

	/** The digests of {@code managers}, by their ids: two statements for them all. */
	private Map<Long, ReminderMail> digests(List<Recipient> managers, LocalDate today) {
		List<Long> ids = managers.stream().map(Recipient::personId).toList();
		Map<Long, List<OpenAssignment>> rows = this.due.overdueInTeams(ids, today, this.settings.digestMaxRows());
		Map<Long, Integer> counts = this.due.overdueCountsInTeams(ids, today);
		Map<Long, ReminderMail> digests = new HashMap<>();
		for (Recipient manager : managers) {
			digests.put(manager.personId(), this.mails.digest(manager, rows.getOrDefault(manager.personId(), List.of()),
					counts.getOrDefault(manager.personId(), 0), today));
		}
		return digests;
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

}
