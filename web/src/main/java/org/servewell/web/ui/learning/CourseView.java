package org.servewell.web.ui.learning;

import java.util.List;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.servewell.learning.CourseOutline;
import org.servewell.learning.LearnerService;
import org.servewell.learning.LearningNotFoundException;
import org.servewell.learning.LessonPage;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.MarkdownContent;

/**
 * The course player: the outline with what has been read, one lesson at a time (opening
 * it marks it read), and the quiz step. Coming back resumes at the first unread lesson.
 */
@Route("course")
@PermitAll
public class CourseView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

	private final LearnerService learner;

	private final CertificateLink certificates;

	final Nav outline = new Nav();

	final Div lesson = new Div();

	private String courseCode;

	CourseView(LearnerService learner, CertificateLink certificates) {
		this.learner = learner;
		this.certificates = certificates;
		addClassNames("sw-page", "sw-player");
		this.outline.addClassName("sw-outline");
		this.outline.getElement().setAttribute("aria-label", getTranslation("course.outline"));
		this.lesson.addClassName("sw-lesson");
	}

	@Override
	public void setParameter(BeforeEvent event, String courseCode) {
		this.courseCode = courseCode;
		List<String> lessonParameter = event.getLocation()
			.getQueryParameters()
			.getParameters()
			.getOrDefault("lesson", List.of());
		removeAll();
		try {
			CourseOutline course = this.learner.outline(courseCode, getLocale());
			int number = lessonParameter.isEmpty() ? Math.max(course.nextLesson(), 0) : parse(lessonParameter.get(0));
			if (number > 0) {
				this.learner.markRead(courseCode, number);
				course = this.learner.outline(courseCode, getLocale());
			}
			add(new H2(course.title()));
			Div layout = new Div(outline(course, number), (number > 0) ? lesson(number) : quizSummary(course));
			layout.addClassName("sw-player-layout");
			add(layout);
		}
		catch (LearningNotFoundException ex) {
			add(new H2(getTranslation("course.not-found")), new Paragraph(ErrorReporting.refused(ex)),
					new RouterLink(getTranslation("course.back"), MyLearningView.class));
		}
	}

	private Nav outline(CourseOutline course, int current) {
		this.outline.removeAll();
		long read = course.lessons().stream().filter(CourseOutline.LessonStep::read).count();
		ProgressBar progress = new ProgressBar(0, course.lessons().size(), read);
		String lessonsRead = getTranslation("course.lessons-read", read, course.lessons().size());
		progress.getElement().setAttribute("aria-label", lessonsRead);
		this.outline.add(new Span(lessonsRead), progress);
		for (CourseOutline.LessonStep step : course.lessons()) {
			RouterLink link = new RouterLink("", CourseView.class, this.courseCode);
			link.setQueryParameters(QueryParameters.of("lesson", String.valueOf(step.number())));
			link.add(new Icon(step.read() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN),
					new Span(step.number() + ". " + step.title()));
			link.getElement()
				.setAttribute("aria-label", getTranslation(step.read() ? "course.step.read" : "course.step.unread",
						step.number(), step.title()));
			if (step.number() == current) {
				link.addClassName("sw-current");
				link.getElement().setAttribute("aria-current", "page");
			}
			this.outline.add(link);
		}
		RouterLink quiz = new RouterLink("", CourseView.class, this.courseCode);
		quiz.setQueryParameters(QueryParameters.of("lesson", "0"));
		quiz.add(new Icon(course.quiz().passed() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.QUESTION_CIRCLE_O),
				new Span(getTranslation("course.quiz")));
		if (current == 0) {
			quiz.addClassName("sw-current");
		}
		this.outline.add(quiz);
		return this.outline;
	}

	private Div lesson(int number) {
		this.lesson.removeAll();
		LessonPage page = this.learner.lesson(this.courseCode, number, getLocale());
		Button previous = new Button(getTranslation("course.previous"), new Icon(VaadinIcon.ARROW_LEFT),
				(click) -> go(number - 1));
		previous.setEnabled(number > 1);
		Button next = new Button(getTranslation((number < page.lessonCount()) ? "course.next" : "course.to-quiz"),
				new Icon(VaadinIcon.ARROW_RIGHT), (click) -> go((number < page.lessonCount()) ? number + 1 : 0));
		next.setIconAfterText(true);
		next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div buttons = new Div(previous, next);
		buttons.addClassName("sw-toolbar");
		Span position = new Span(getTranslation("course.position", number, page.lessonCount()));
		position.addClassName("sw-facts");
		this.lesson.add(position, WrittenIn.language(new MarkdownContent(page.markdown()), page.language()),
				new LessonSources(page.sources()), buttons);
		return this.lesson;
	}

	private Div quizSummary(CourseOutline course) {
		this.lesson.removeAll();
		CourseOutline.QuizStep quiz = course.quiz();
		this.lesson.add(new H3(getTranslation("course.quiz")),
				new Paragraph(getTranslation("course.quiz.rules", quiz.settings().scenariosPerAttempt(),
						Formats.percent(quiz.settings().passMark(), getLocale()), quiz.settings().attemptsAllowed(),
						quiz.attemptsUsed())));
		if (quiz.bestScore() != null) {
			this.lesson
				.add(new Paragraph(getTranslation("course.quiz.best", Formats.percent(quiz.bestScore(), getLocale()))));
		}
		if (course.completionId() != null) {
			this.lesson.add(new Paragraph(getTranslation("course.complete")),
					this.certificates.of(course.completionId(), "certificate.download"));
		}
		else if (quiz.passed()) {
			this.lesson.add(new Paragraph(getTranslation("course.quiz.passed")));
		}
		else if (quiz.inProgressAttemptId() != null || quiz.canStart()) {
			Button start = new Button(
					getTranslation(quiz.inProgressAttemptId() != null ? "course.quiz.resume" : "course.quiz.take"),
					(click) -> getUI().ifPresent((ui) -> ui.navigate(QuizView.class, this.courseCode)));
			start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			if (!course.allLessonsRead()) {
				this.lesson.add(new Paragraph(getTranslation("course.quiz.tip")));
			}
			this.lesson.add(start);
		}
		else {
			this.lesson.add(new Paragraph(getTranslation("learning.no-attempts-left")));
		}
		return this.lesson;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("course.title");
	}

	private void go(int lessonNumber) {
		getUI().ifPresent((ui) -> ui.navigate("course/" + this.courseCode,
				QueryParameters.of("lesson", String.valueOf(lessonNumber))));
	}

	private static int parse(String value) {
		try {
			return Math.max(0, Integer.parseInt(value));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
