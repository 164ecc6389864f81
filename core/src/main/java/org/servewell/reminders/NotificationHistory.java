package org.servewell.reminders;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.servewell.people.Roles;
import org.servewell.people.directory.PeopleDirectory;
import org.servewell.people.directory.StaffMember;
import org.servewell.reminders.domain.Notification;
import org.servewell.reminders.domain.NotificationRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reminders were sent, failed or are waiting, for administrators.
 */
@Service
public class NotificationHistory {

	/** The most notifications one call lists. */
	public static final int MAX_LIMIT = 500;

	private final NotificationRepository notifications;

	private final PeopleDirectory directory;

	private final boolean sending;

	NotificationHistory(NotificationRepository notifications, PeopleDirectory directory,
			@Value("${spring.mail.host:}") String mailHost,
			@Value("${servewell.reminders.enabled:true}") boolean enabled) {
		this.notifications = notifications;
		this.directory = directory;
		// The same condition as WhenMailConfigured, which decides whether the job exists.
		this.sending = !mailHost.isBlank() && enabled;
	}

	/**
	 * Whether reminders are being sent: an SMTP host is configured and they are not
	 * switched off.
	 */
	@PreAuthorize(Roles.ADMIN_ONLY)
	public boolean sending() {
		return this.sending;
	}

	/**
	 * The newest notifications first, at most {@code limit} (and never more than 500).
	 */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional(readOnly = true)
	public List<NotificationSummary> recent(int limit) {
		Map<Long, String> names = new HashMap<>();
		return this.notifications.findAllByOrderByIdDesc(Limit.of(Math.clamp(limit, 1, MAX_LIMIT)))
			.stream()
			.map((notification) -> summary(notification, names))
			.toList();
	}

	private NotificationSummary summary(Notification notification, Map<Long, String> names) {
		String name = names.computeIfAbsent(notification.getRecipientId(),
				(id) -> this.directory.staff(id).map(StaffMember::displayName).orElse("(unknown)"));
		return new NotificationSummary(notification.getId(), notification.getRecipientId(), name,
				notification.getKind(), notification.getAssignmentId(), notification.getPeriodKey(),
				notification.getStatus(), notification.getAttempts(), notification.getLastError(),
				notification.getCreatedAt(), notification.getSentAt());
	}

}
