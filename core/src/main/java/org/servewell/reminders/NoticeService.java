package org.servewell.reminders;

import java.time.Clock;
import java.util.List;

import org.servewell.people.PeopleService;
import org.servewell.people.Roles;
import org.servewell.reminders.domain.Notification;
import org.servewell.reminders.domain.NotificationRepository;

import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's in-app notices: the reminders and assignments recorded for them,
 * mailed or not. Each person reads and marks only their own.
 */
@Service
public class NoticeService {

	/** The most notices one call lists. */
	public static final int MAX_LIMIT = 100;

	private final NotificationRepository notifications;

	private final PeopleService people;

	private final Clock clock;

	NoticeService(NotificationRepository notifications, PeopleService people, Clock clock) {
		this.notifications = notifications;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * The signed-in person's newest notices first, at most {@code limit}; none for a
	 * sign-in Servewell does not know as a person.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public List<Notice> mine(int limit) {
		return this.people.currentPersonId()
			.map((me) -> this.notifications
				.findByRecipientIdAndStatusNotOrderByIdDesc(me, NotificationStatus.SKIPPED,
						Limit.of(Math.clamp(limit, 1, MAX_LIMIT)))
				.stream()
				.map(NoticeService::notice)
				.toList())
			.orElse(List.of());
	}

	/** How many of the signed-in person's notices they have not read. */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public long unreadCount() {
		return this.people.currentPersonId()
			.map((me) -> this.notifications.countByRecipientIdAndReadAtIsNullAndStatusNot(me,
					NotificationStatus.SKIPPED))
			.orElse(0L);
	}

	/**
	 * Marks one notice read.
	 * @throws AccessDeniedException when it is someone else's (or does not exist)
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional
	public void markRead(long noticeId) {
		long me = me();
		this.notifications.findById(noticeId)
			.filter((notification) -> notification.getRecipientId() == me)
			.orElseThrow(() -> new AccessDeniedException("This notice is not yours."))
			.read(this.clock.instant());
	}

	/** Marks all the signed-in person's notices read. */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional
	public void markAllRead() {
		this.people.currentPersonId().ifPresent((me) -> this.notifications.markAllRead(me, this.clock.instant()));
	}

	private long me() {
		return this.people.currentPersonId()
			.orElseThrow(() -> new AccessDeniedException("Only a person Servewell knows has notices."));
	}

	private static Notice notice(Notification notification) {
		return new Notice(notification.getId(), notification.getKind(), notification.getTopic(),
				notification.getLinkPath(), notification.getCreatedAt(), notification.getReadAt() != null);
	}

}
