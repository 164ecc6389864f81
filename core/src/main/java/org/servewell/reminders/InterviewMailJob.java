package org.servewell.reminders;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.servewell.hiring.assigned.AssignedInterview;
import org.servewell.hiring.assigned.AssignedInterviews;
import org.servewell.people.directory.PeopleDirectory;
import org.servewell.people.directory.StaffMember;
import org.servewell.reminders.domain.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails interviewers their new assignments, every minute by default
 * ({@code servewell.reminders.interview-cron}), on one instance at a time. Each queued
 * notice is taken (committed as {@code PENDING}) before its mail goes out, so it goes out
 * at most once; one the server did not take is tried again after
 * {@code interview-retry-after}, at most {@code max-attempts} times in all. Nothing is
 * sent for an interview that was taken off the panel, submitted or whose candidate was
 * erased meanwhile.
 */
@Component
@WhenMailConfigured
class InterviewMailJob {

	private static final Logger logger = LoggerFactory.getLogger(InterviewMailJob.class);

	/** The lock's name in the {@code shedlock} table. */
	static final String LOCK = "servewell-interview-mails";

	private final NotificationLog log;

	private final AssignedInterviews interviews;

	private final PeopleDirectory directory;

	private final MailChoices choices;

	private final ReminderMails mails;

	private final MailDelivery delivery;

	private final ReminderSettings settings;

	private final Clock clock;

	InterviewMailJob(NotificationLog log, AssignedInterviews interviews, PeopleDirectory directory, MailChoices choices,
			ReminderMails mails, MailDelivery delivery, ReminderSettings settings, Clock clock) {
		this.log = log;
		this.interviews = interviews;
		this.directory = directory;
		this.choices = choices;
		this.mails = mails;
		this.delivery = delivery;
		this.settings = settings;
		this.clock = clock;
	}

	/** The mails waiting now, under the lock. */
	@Scheduled(cron = "${servewell.reminders.interview-cron:0 * * * * *}")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT10M")
	public void send() {
		send(this.clock.instant());
	}

	/**
	 * Sends the queued mails, and the failed ones last tried long enough before
	 * {@code now}; stops at the first the server does not take (the next run goes on).
	 * @return how many mails the server took
	 */
	int send(Instant now) {
		int sent = 0;
		long after = 0;
		List<Notification> page;
		do {
			page = this.log.toSend(NotificationKind.INTERVIEW_ASSIGNED, this.settings.maxAttempts(),
					now.minus(this.settings.interviewRetryAfter()), after, this.settings.pageSize());
			for (Notification notice : page) {
				after = notice.getId();
				Optional<ReminderMail> mail = mail(notice);
				if (mail.isEmpty()) {
					this.log.skipped(notice.getId(), "The interview no longer waits for this interviewer");
				}
				else if (this.choices.notMailed(true, this.choices.of(notice.getRecipientId()), notice.getKind(), false)
					.isPresent()) {
					this.log.skipped(notice.getId(), MailChoices.TURNED_OFF);
				}
				else if (this.log.take(notice.getId())) {
					try {
						this.delivery.send(mail.get());
						this.log.sent(notice.getId());
						sent++;
					}
					catch (MailException ex) {
						logger.warn("Interviewer mail #{} could not be sent: {}", notice.getId(), ex.getMessage());
						this.log.failed(notice.getId(), ex.getMessage());
						return sent;
					}
				}
			}
		}
		while (page.size() == this.settings.pageSize());
		return sent;
	}

	private Optional<ReminderMail> mail(Notification notice) {
		Optional<StaffMember> interviewer = this.directory.staff(notice.getRecipientId()).filter(StaffMember::enabled);
		return this.interviews.open(notice.getAssignmentId())
			.filter((interview) -> interview.interviewerId() == notice.getRecipientId())
			.flatMap((AssignedInterview interview) -> interviewer
				.map((person) -> this.mails.interviewer(person, interview)));
	}

}
