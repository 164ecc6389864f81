package org.servewell.reminders;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.servewell.learning.due.OpenAssignment;
import org.servewell.learning.due.Recipient;
import org.servewell.hiring.assigned.AssignedInterview;
import org.servewell.people.directory.StaffMember;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The words of each reminder, with a link to the page where the reader acts: the course's
 * own page for a learner, the Progress page for a manager.
 */
@Component
class ReminderMails {

	/** The learner's course page in the web application, followed by the course code. */
	static final String COURSE_PATH = "/course/";

	/** The Progress page, where a manager sees their team. */
	static final String PROGRESS_PATH = "/progress";

	/** The page where a person chooses which reminder mails they get. */
	static final String PROFILE_PATH = "/profile";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private final String baseUrl;

	ReminderMails(@Value("${servewell.public-url:http://localhost:8080}") String publicUrl) {
		this.baseUrl = publicUrl.replaceAll("/+$", "");
	}

	/** A learner's reminder of one course. */
	ReminderMail learner(NotificationKind kind, OpenAssignment course, LocalDate today) {
		String title = title(course);
		String link = this.baseUrl + coursePath(course);
		long days = Math.abs(course.daysOverdue(today));
		String due = DAY.format(course.dueDate());
		String subject;
		String sentence;
		switch (kind) {
			case DUE_SOON -> {
				subject = "Due in " + days(days) + ": " + title;
				sentence = "\"" + title + "\" is due on " + due + ", in " + days(days) + ".";
			}
			case DUE_TODAY -> {
				subject = "Due today: " + title;
				sentence = "\"" + title + "\" is due today, " + due + ".";
			}
			case OVERDUE -> {
				subject = "Overdue: " + title;
				sentence = "\"" + title + "\" was due on " + due + ", " + days(days) + " ago.";
			}
			default -> throw new IllegalArgumentException("Not a learner's reminder: " + kind);
		}
		String text = "Hello " + course.name() + ",\n\n" + sentence + "\n\nOpen the course: " + link + "\n\n"
				+ "You get this reminder because the course was assigned to you in Servewell.\n" + choicesText();
		String html = "<p>Hello " + escape(course.name()) + ",</p><p>" + escape(sentence) + "</p><p><a href=\""
				+ escape(link) + "\">Open the course</a></p>"
				+ "<p>You get this reminder because the course was assigned to you in Servewell.</p>" + choicesHtml();
		return new ReminderMail(course.email(), subject, text, html);
	}

	/**
	 * A manager's weekly digest: each overdue course of their team, longest overdue
	 * first.
	 * @param total how many overdue courses the team has, when {@code rows} holds only
	 * the first of them
	 */
	ReminderMail digest(Recipient manager, List<OpenAssignment> rows, int total, LocalDate today) {
		String link = this.baseUrl + PROGRESS_PATH;
		String subject = "Your team's overdue training: " + total + ((total == 1) ? " course" : " courses");
		StringBuilder text = new StringBuilder("Hello " + manager.name() + ",\n\n"
				+ "These courses of people who report to you are past their due date:\n\n");
		StringBuilder html = new StringBuilder("<p>Hello " + escape(manager.name()) + ",</p>"
				+ "<p>These courses of people who report to you are past their due date:</p><table>"
				+ "<tr><th>Person</th><th>Course</th><th>Days overdue</th></tr>");
		for (OpenAssignment row : rows) {
			long days = row.daysOverdue(today);
			text.append("- ")
				.append(row.name())
				.append(": ")
				.append(title(row))
				.append(", ")
				.append(days(days))
				.append(" overdue\n");
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
			String more = "And " + (total - rows.size()) + " more.";
			text.append(more).append('\n');
			html.append("<p>").append(more).append("</p>");
		}
		text.append("\nSee your team on the Progress page: ").append(link).append('\n').append(choicesText());
		html.append("<p><a href=\"").append(escape(link)).append("\">See your team on the Progress page</a></p>");
		html.append(choicesHtml());
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
		String link = this.baseUrl + InterviewNotices.SCORECARD_PATH + interview.interviewId();
		String subject = "Interview a candidate for " + interview.position();
		String sentence = "HR asked you to interview a candidate for the position \"" + interview.position()
				+ "\". You rate them with the interview kit \"" + interview.kitTitle() + "\".";
		String open = "Open your scorecard (sign in to see the candidate)";
		String text = "Hello " + interviewer.displayName() + ",\n\n" + sentence + "\n\n" + open + ": " + link + "\n\n"
				+ "You get this mail because HR assigned you as an interviewer in Servewell.\n" + choicesText();
		String html = "<p>Hello " + escape(interviewer.displayName()) + ",</p><p>" + escape(sentence)
				+ "</p><p><a href=\"" + escape(link) + "\">" + escape(open) + "</a></p>"
				+ "<p>You get this mail because HR assigned you as an interviewer in Servewell.</p>" + choicesHtml();
		return new ReminderMail(interviewer.email(), subject, text, html);
	}

	private String choicesText() {
		return "Choose which mails you get: " + this.baseUrl + PROFILE_PATH + "\n";
	}

	private String choicesHtml() {
		return "<p><a href=\"" + escape(this.baseUrl + PROFILE_PATH) + "\">Choose which mails you get</a></p>";
	}

	static String title(OpenAssignment course) {
		return (course.courseTitle() != null) ? course.courseTitle() : course.courseCode();
	}

	private static String days(long days) {
		return days + ((days == 1) ? " day" : " days");
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;")
			.replace("<", "&lt;")
			.replace(">", "&gt;")
			.replace("\"", "&quot;")
			.replace("'", "&#39;");
	}

}
