package org.servewell.reminders;

import java.time.Clock;

import org.servewell.people.PeopleService;
import org.servewell.people.Roles;
import org.servewell.reminders.domain.NotificationPreference;
import org.servewell.reminders.domain.NotificationPreferenceRepository;
import org.servewell.reminders.domain.ReminderPolicy;
import org.servewell.reminders.domain.ReminderPolicyRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person chooses which reminder mails they get, for themselves only; administrators
 * may make overdue reminders mandatory for everyone.
 */
@Service
public class ReminderPreferences {

	private final NotificationPreferenceRepository preferences;

	private final ReminderPolicyRepository policy;

	private final MailChoices choices;

	private final PeopleService people;

	private final Clock clock;

	private final boolean mailing;

	ReminderPreferences(NotificationPreferenceRepository preferences, ReminderPolicyRepository policy,
			MailChoices choices, PeopleService people, Clock clock, @Value("${spring.mail.host:}") String mailHost,
			@Value("${servewell.reminders.enabled:true}") boolean enabled) {
		this.preferences = preferences;
		this.policy = policy;
		this.choices = choices;
		this.people = people;
		this.clock = clock;
		// The same condition as WhenMailConfigured.
		this.mailing = !mailHost.isBlank() && enabled;
	}

	/** The signed-in person's choices; all on until they change them. */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public ReminderChoices mine() {
		return this.choices.of(me());
	}

	/**
	 * Keeps the signed-in person's choices. While overdue reminders are mandatory their
	 * overdue choice stays as it was (it applies again if administrators lift the rule).
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional
	public void saveMine(ReminderChoices chosen) {
		long me = me();
		NotificationPreference preference = this.preferences.findById(me)
			.orElseGet(() -> new NotificationPreference(me));
		boolean overdue = this.choices.overdueMandatory() ? this.choices.of(me).overdue() : chosen.overdue();
		preference.choose(chosen.dueSoon(), chosen.dueToday(), overdue, chosen.teamDigest(), chosen.interviewAssigned(),
				this.clock.instant());
		this.preferences.save(preference);
	}

	/** Whether everyone gets overdue reminders, whatever they chose. */
	@PreAuthorize(Roles.SIGNED_IN)
	public boolean overdueMandatory() {
		return this.choices.overdueMandatory();
	}

	/** Makes overdue reminders mandatory for everyone, or leaves them to each person. */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional
	public void setOverdueMandatory(boolean mandatory) {
		this.policy.findById(ReminderPolicy.ID).orElseThrow().overdueMandatory(mandatory, me(), this.clock.instant());
	}

	/**
	 * Whether reminder mails go out at all (an SMTP server is configured); in-app notices
	 * show either way.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	public boolean mailing() {
		return this.mailing;
	}

	private long me() {
		return this.people.currentPersonId()
			.orElseThrow(() -> new AccessDeniedException("Only a person Servewell knows has reminder choices."));
	}

}
