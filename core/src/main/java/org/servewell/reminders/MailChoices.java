package org.servewell.reminders;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.servewell.reminders.domain.NotificationPreference;
import org.servewell.reminders.domain.NotificationPreferenceRepository;
import org.servewell.reminders.domain.ReminderPolicy;
import org.servewell.reminders.domain.ReminderPolicyRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a reminder goes out by mail, for the jobs: it does when a mail server is
 * configured and the person wants that kind of mail, or it is mandatory. Otherwise it is
 * an in-app notice only, and the reason is recorded.
 */
@Component
class MailChoices {

	/** Why a notice was not mailed: no SMTP server. */
	static final String NO_MAIL_SERVER = "No mail server configured";

	/** Why a notice was not mailed: the person said so. */
	static final String TURNED_OFF = "Turned off in the person's profile";

	private final NotificationPreferenceRepository preferences;

	private final ReminderPolicyRepository policy;

	MailChoices(NotificationPreferenceRepository preferences, ReminderPolicyRepository policy) {
		this.preferences = preferences;
		this.policy = policy;
	}

	/** The choices of each of {@code personIds}; the default for those without any. */
	@Transactional(readOnly = true)
	Map<Long, ReminderChoices> of(Collection<Long> personIds) {
		Map<Long, ReminderChoices> chosen = this.preferences.findAllById(personIds)
			.stream()
			.collect(Collectors.toMap(NotificationPreference::getPersonId, MailChoices::choices));
		return personIds.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), (id) -> chosen.getOrDefault(id, ReminderChoices.ALL)));
	}

	/** One person's choices. */
	@Transactional(readOnly = true)
	ReminderChoices of(long personId) {
		return this.preferences.findById(personId).map(MailChoices::choices).orElse(ReminderChoices.ALL);
	}

	@Transactional(readOnly = true)
	boolean overdueMandatory() {
		return this.policy.findById(ReminderPolicy.ID).map(ReminderPolicy::isOverdueMandatory).orElse(false);
	}

	/**
	 * Why a notice of {@code kind} is not mailed to someone with {@code choices}, or
	 * empty when it is.
	 */
	Optional<String> notMailed(boolean mailServer, ReminderChoices choices, NotificationKind kind,
			boolean overdueMandatory) {
		if (!mailServer) {
			return Optional.of(NO_MAIL_SERVER);
		}
		if (choices.wants(kind) || (kind == NotificationKind.OVERDUE && overdueMandatory)) {
			return Optional.empty();
		}
		return Optional.of(TURNED_OFF);
	}

	static ReminderChoices choices(NotificationPreference preference) {
		return new ReminderChoices(preference.isDueSoon(), preference.isDueToday(), preference.isOverdue(),
				preference.isTeamDigest(), preference.isInterviewAssigned());
	}

}
