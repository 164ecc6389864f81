package org.servewell.reminders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.servewell.reminders.domain.Notification;
import org.servewell.reminders.domain.NotificationKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A page of reminders at a time: its notifications claimed in one batch, committed before
 * any of its mails goes out; then the mails sent over one SMTP connection and their
 * outcomes recorded in one transaction (docs/decisions/0023). A mail whose outcome was
 * not recorded (the process stopped mid-page) stays {@code PENDING} and is not sent
 * again.
 */
@Component
@WhenRemindersEnabled
class ReminderPages {

	private static final Logger logger = LoggerFactory.getLogger(ReminderPages.class);

	/** Failures in a row after which the server is taken to be down for this run. */
	static final int FAILURES_TO_GIVE_UP = 3;

	private final NotificationLog log;

	/** Sends the mails; null while no SMTP server is configured. */
	private final MailDelivery delivery;

	ReminderPages(NotificationLog log, ObjectProvider<MailDelivery> delivery) {
		this.log = log;
		this.delivery = delivery.getIfAvailable();
	}

	/** Whether mails can go out at all: an SMTP server is configured. */
	boolean mailing() {
		return this.delivery != null;
	}

	/**
	 * Claims a page's notifications (those recorded before are left out) and counts those
	 * for the app only.
	 * @return the claimed notifications to be mailed, in the page's order
	 */
	<T> List<Claimed<T>> claim(List<Claim<T>> claims, Tally tally) {
		Map<NotificationKey, Long> ids = new HashMap<>(
				this.log.claim(claims.stream().map(Claim::notification).toList()));
		List<Claimed<T>> toMail = new ArrayList<>();
		for (Claim<T> claim : claims) {
			Long id = ids.remove(claim.notification().key());
			if (id == null) {
				continue;
			}
			if (claim.notification().getStatus() == NotificationStatus.NOT_MAILED) {
				tally.notMailed++;
			}
			else {
				toMail.add(new Claimed<>(id, claim.notification().getKind(), claim.about()));
			}
		}
		return toMail;
	}

	/**
	 * Sends a page of claimed mails over one connection and records their outcomes in one
	 * transaction. When the page ends with several failures in a row, the SMTP server is
	 * taken to be down and the run stops; the failed ones are tried again by later runs.
	 */
	void deliver(List<Outgoing> outgoing, Tally tally) {
		if (outgoing.isEmpty()) {
			return;
		}
		Map<Integer, String> errors = this.delivery.sendAll(outgoing.stream().map(Outgoing::mail).toList());
		List<Long> sent = new ArrayList<>();
		Map<Long, String> failed = new LinkedHashMap<>();
		for (int i = 0; i < outgoing.size(); i++) {
			String error = errors.get(i);
			if (error == null) {
				sent.add(outgoing.get(i).id());
				tally.sent++;
				tally.failuresInARow = 0;
			}
			else {
				failed.put(outgoing.get(i).id(), error);
				tally.failed++;
				tally.failuresInARow++;
			}
		}
		this.log.outcomes(sent, failed);
		if (!failed.isEmpty()) {
			logger.warn("{} of {} reminders could not be sent (#{} first: {})", failed.size(), outgoing.size(),
					failed.keySet().iterator().next(), failed.values().iterator().next());
		}
		if (tally.failuresInARow >= FAILURES_TO_GIVE_UP) {
			throw new ServerDownException();
		}
	}

	/**
	 * A notification to claim, and what it is about.
	 *
	 * @param notification the record, not yet written
	 * @param about the assignment or the manager
	 */
	record Claim<T>(Notification notification, T about) {

	}

	/**
	 * A notification this run recorded, to be mailed.
	 *
	 * @param id the record
	 * @param kind its rule
	 * @param about the assignment or the manager
	 */
	record Claimed<T>(long id, NotificationKind kind, T about) {

	}

	/**
	 * A mail to send, and the notification it is for.
	 *
	 * @param id the notification
	 * @param mail the mail
	 */
	record Outgoing(long id, ReminderMail mail) {

	}

	/** What a run has done so far. */
	static final class Tally {

		int sent;

		int failed;

		int skipped;

		int notMailed;

		int failuresInARow;

		boolean overdueMandatory;

	}

	static final class ServerDownException extends RuntimeException {

		ServerDownException() {
			super(null, null, false, false);
		}

	}

}
