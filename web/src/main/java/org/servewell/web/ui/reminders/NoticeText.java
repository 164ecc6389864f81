package org.servewell.web.ui.reminders;

import java.util.Locale;

import com.vaadin.flow.component.Component;

import org.servewell.reminders.Notice;
import org.servewell.reminders.NotificationKind;

/**
 * The words for reminders and notices, alike in the bell, the profile and the
 * administrators' list.
 */
final class NoticeText {

	private NoticeText() {
	}

	/** The kind of reminder, as a short label in the language of the page. */
	static String kind(NotificationKind kind, Component page) {
		return page.getTranslation("reminders.kind." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	/**
	 * One notice as a sentence its recipient reads in the bell, in the language of the
	 * page it shows on.
	 */
	static String sentence(Notice notice, Component page) {
		return switch (notice.kind()) {
			case DUE_SOON -> page.getTranslation("bell.notice.due-soon", topic(notice, page, "bell.notice.a-course"));
			case DUE_TODAY -> page.getTranslation("bell.notice.due-today", topic(notice, page, "bell.notice.a-course"));
			case OVERDUE -> page.getTranslation("bell.notice.overdue", topic(notice, page, "bell.notice.a-course"));
			case TEAM_DIGEST -> page.getTranslation("bell.notice.team-digest");
			case INTERVIEW_ASSIGNED ->
				page.getTranslation("bell.notice.interview", topic(notice, page, "bell.notice.a-position"));
		};
	}

	private static String topic(Notice notice, Component page, String unknownKey) {
		return (notice.topic() != null && !notice.topic().isBlank()) ? notice.topic() : page.getTranslation(unknownKey);
	}

}
