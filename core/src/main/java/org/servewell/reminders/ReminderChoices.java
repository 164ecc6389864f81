package org.servewell.reminders;

/**
 * Which reminder mails a person wants. In-app notices show for all of them.
 *
 * @param dueSoon a course is due soon
 * @param dueToday a course is due today
 * @param overdue a course is overdue (may be mandatory: see
 * {@link ReminderPreferences#overdueMandatory()})
 * @param teamDigest a manager's weekly list of their team's overdue training
 * @param interviewAssigned HR assigned them to interview a candidate
 */
public record ReminderChoices(boolean dueSoon, boolean dueToday, boolean overdue, boolean teamDigest,
		boolean interviewAssigned) {

	/** The default: every reminder. */
	public static final ReminderChoices ALL = new ReminderChoices(true, true, true, true, true);

	/** Whether these choices take mails of {@code kind}. */
	boolean wants(NotificationKind kind) {
		return switch (kind) {
			case DUE_SOON -> this.dueSoon;
			case DUE_TODAY -> this.dueToday;
			case OVERDUE -> this.overdue;
			case TEAM_DIGEST -> this.teamDigest;
			case INTERVIEW_ASSIGNED -> this.interviewAssigned;
		};
	}

}
