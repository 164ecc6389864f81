package org.servewell.reminders;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.servewell.hiring.assigned.AssignedInterview;
import org.servewell.learning.due.OpenAssignment;
import org.servewell.learning.due.Recipient;
import org.servewell.people.directory.StaffMember;
import org.servewell.shared.Languages;
import org.servewell.shared.Wording;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The words of each reminder, with a link to the page where the reader acts: the course's
 * own page for a learner, the Progress page for a manager. Each mail is written in its
 * reader's language: the one they chose if Servewell writes it, otherwise
 * {@code servewell.default-language}; the words are in
 * {@code messages/mails*.properties}.
 */
@Component
class ReminderMails {

	/** The learner's course page in the web application, followed by the course code. */
	static final String COURSE_PATH = "/course/";

	/** The Progress page, where a manager sees their team. */
	static final String PROGRESS_PATH = "/progress";

	/** The page where a person chooses which reminder mails they get. */
	static final String PROFILE_PATH = "/profile";

	/** The mails' words in each language. */
	static final Wording WORDS = new Wording("messages/mails");

	private final String baseUrl;

	private final Languages languages;

	ReminderMails(@Value("${servewell.public-url:http://localhost:8080}") String publicUrl, Languages languages) {
		this.baseUrl = publicUrl.replaceAll("/+$", "");
		this.languages = languages;
	}

	/** A learner's reminder of one course. */
	ReminderMail learner(NotificationKind kind, OpenAssignment course, LocalDate today) {
		Locale language = this.languages.forPerson(course.language());
		String title = title(course);
		String link = this.baseUrl + coursePath(course);
		String days = WORDS.text(language, "days", Math.abs(course.daysOverdue(today)));
		String due = WORDS.day(language, course.dueDate());
		String rule = switch (kind) {
			case DUE_SOON -> "due-soon";
			case DUE_TODAY -> "due-today";
			case OVERDUE -> "overdue";
			default -> throw new IllegalArgumentException("Not a learner's reminder: " + kind);
		};
		return letter(language, course.email(), WORDS.text(language, rule + ".subject", title, days), course.name(),
				WORDS.text(language, rule + ".sentence", title, due, days), link, "course");
	}

	/**
	 * A manager's weekly digest: each overdue course of their team, longest overdue
	 * first.
	 * @param total how many overdue courses the team has, when {@code rows} holds only
	 * the first of them
	 */
	ReminderMail digest(Recipient manager, List<OpenAssignment> rows, int total, LocalDate today) {
		Locale language = this.languages.forPerson(manager.language());
		String link = this.baseUrl + PROGRESS_PATH;
		String subject = WORDS.text(language, "digest.subject", total);
		String hello = WORDS.text(language, "hello", manager.name());
		String intro = WORDS.text(language, "digest.intro");
		StringBuilder text = new StringBuilder(hello + "\n\n" + intro + "\n\n");
		StringBuilder html = new StringBuilder("<p>" + escape(hello) + "</p><p>" + escape(intro) + "</p><table><tr><th>"
				+ escape(WORDS.text(language, "digest.person")) + "</th><th>"
				+ escape(WORDS.text(language, "digest.course")) + "</th><th>"
				+ escape(WORDS.text(language, "digest.days-overdue")) + "</th></tr>");
		for (OpenAssignment row : rows) {
			long days = row.daysOverdue(today);
			text.append("- ")
				.append(WORDS.text(language, "digest.row", row.name(), title(row), WORDS.text(language, "days", days)))
				.append('\n');
			html.append("<tr><td>")
				.append(escape(row.name()))
				.append("</td><td>")
				.append(escape(title(row)))
				.append("</td><td>")
				.append(days)
				.append("</td></tr>");
		}
		html.append("</table>");
		if (total > rows.size()) {
			String more = WORDS.text(language, "digest.more", total - rows.size());
			text.append(more).append('\n');
			html.append("<p>").append(escape(more)).append("</p>");
		}
		String open = WORDS.text(language, "digest.open");
		text.append('\n').append(open).append(": ").append(link).append('\n').append(choicesText(language));
		html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(open)).append("</a></p>");
		html.append(choicesHtml(language));
		return new ReminderMail(manager.email(), subject, text.toString(), html.toString());
	}

	/** The path of the course's page, where its learner acts. */
	static String coursePath(OpenAssignment course) {
		return COURSE_PATH + URLEncoder.encode(course.courseCode(), StandardCharsets.UTF_8);
	}

	/**
	 * An interviewer's new assignment. It names the position and the kit but not the
	 * candidate: the name stays behind the sign-in, and out of mailboxes that outlive the
	 * candidate's erasure.
	 */
	ReminderMail interviewer(StaffMember interviewer, AssignedInterview interview) {
		Locale language = this.languages.forPerson(interviewer.language());
		String link = this.baseUrl + InterviewNotices.SCORECARD_PATH + interview.interviewId();
		return letter(language, interviewer.email(), WORDS.text(language, "interview.subject", interview.position()),
				interviewer.displayName(),
				WORDS.text(language, "interview.sentence", interview.position(), interview.kitTitle()), link,
				"interview");
	}

	/**
	 * A mail of one sentence and one link: the greeting, the sentence, the link named by
	 * {@code about + ".open"}, why the reader gets it ({@code about + ".why"}) and where
	 * to choose their mails.
	 */
	private ReminderMail letter(Locale language, String to, String subject, String name, String sentence, String link,
			String about) {
		String hello = WORDS.text(language, "hello", name);
		String open = WORDS.text(language, about + ".open");
		String why = WORDS.text(language, about + ".why");
		String text = hello + "\n\n" + sentence + "\n\n" + open + ": " + link + "\n\n" + why + "\n"
				+ choicesText(language);
		String html = "<p>" + escape(hello) + "</p><p>" + escape(sentence) + "</p><p><a href=\"" + escape(link) + "\">"
				+ escape(open) + "</a></p><p>" + escape(why) + "</p>" + choicesHtml(language);
		return new ReminderMail(to, subject, text, html);
	}

	private String choicesText(Locale language) {
		return WORDS.text(language, "choices") + ": " + this.baseUrl + PROFILE_PATH + "\n";
	}

	private String choicesHtml(Locale language) {
		return "<p><a href=\"" + escape(this.baseUrl + PROFILE_PATH) + "\">" + escape(WORDS.text(language, "choices"))
				+ "</a></p>";
	}

	static String title(OpenAssignment course) {
		return (course.courseTitle() != null) ? course.courseTitle() : course.courseCode();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
