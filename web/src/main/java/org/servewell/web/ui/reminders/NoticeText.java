package org.servewell.web.ui.reminders;

import org.servewell.reminders.Notice;
import org.servewell.reminders.NotificationKind;

/**
 * The words for reminders and notices, alike in the bell, the profile and the
 * administrators' list.
 */
final class NoticeText {

	private NoticeText() {
	}

	/** The kind of reminder, as a short label. */
	static String kind(NotificationKind kind) {
		return switch (kind) {
			case DUE_SOON -> "Due soon";
			case DUE_TODAY -> "Due today";
			case OVERDUE -> "Overdue";
			case TEAM_DIGEST -> "Team digest";
			case INTERVIEW_ASSIGNED -> "Interview assigned";
		};
	}

	/** One notice as a sentence its recipient reads in the bell. */
	static String sentence(Notice notice) {
		return switch (notice.kind()) {
			case DUE_SOON -> "Due soon: " + topic(notice, "a course");
			case DUE_TODAY -> "Due today: " + topic(notice, "a course");
			case OVERDUE -> "Overdue: " + topic(notice, "a course");
			case TEAM_DIGEST -> "Your team has overdue training";
			case INTERVIEW_ASSIGNED -> "Interview a candidate for " + topic(notice, "a position");
		};
	}

	private static String topic(Notice notice, String unknown) {
		return (notice.topic() != null && !notice.topic().isBlank()) ? notice.topic() : unknown;
	}

}
