package org.servewell.reminders;

import java.time.Clock;
import java.util.Optional;

import org.servewell.hiring.InterviewerAssigned;
import org.servewell.reminders.domain.Notification;
import org.servewell.reminders.domain.NotificationRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the interviewer's notice with their assignment, in its transaction: queued for
 * the interviewer mail job, or, without a mail server or when the interviewer turned
 * these mails off, in the app only. A new assignment is a new interview, so each is
 * noticed once.
 */
@Component
class InterviewNotices {

	/** The interviewer's scorecard page, followed by the interview's id. */
	static final String SCORECARD_PATH = "/scorecard/";

	/** The period key of an assignment: it happens once. */
	static final String ONCE = "assigned";

	private final NotificationRepository notifications;

	private final MailChoices choices;

	private final Clock clock;

	private final boolean mailServer;

	InterviewNotices(NotificationRepository notifications, MailChoices choices, Clock clock,
			@Value("${spring.mail.host:}") String mailHost,
			@Value("${servewell.reminders.enabled:true}") boolean enabled) {
		this.notifications = notifications;
		this.choices = choices;
		this.clock = clock;
		// The same condition as WhenMailConfigured, which decides whether the mail job
		// exists.
		this.mailServer = !mailHost.isBlank() && enabled;
	}

	@EventListener
	void assigned(InterviewerAssigned event) {
		Optional<String> notMailed = this.choices.notMailed(this.mailServer, this.choices.of(event.interviewerId()),
				NotificationKind.INTERVIEW_ASSIGNED, false);
		this.notifications.save(new Notification(event.interviewerId(), NotificationKind.INTERVIEW_ASSIGNED,
				event.interviewId(), ONCE, event.position(), SCORECARD_PATH + event.interviewId(),
				notMailed.isPresent() ? NotificationStatus.NOT_MAILED : NotificationStatus.QUEUED,
				notMailed.orElse(null), this.clock.instant()));
	}

}
