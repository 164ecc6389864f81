package org.servewell.web.ui.learning;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import org.servewell.learning.CertificateService;
import org.servewell.learning.LearnerCourse;
import org.servewell.learning.LearnerPath;
import org.servewell.learning.LearnerService;
import org.servewell.learning.MyLearning;
import org.servewell.learning.TraitResult;
import org.servewell.web.ui.catalog.CatalogView;
import org.servewell.web.ui.components.Formats;

/**
 * The learner's home: assigned paths and courses with progress, due dates and the next
 * step one click away; certificates for what is complete; results by service trait.
 */
@Route("learning")
@PageTitle("My learning")
@Menu(title = "My learning", order = 5, icon = "vaadin:academy-cap")
@PermitAll
public class MyLearningView extends Main {

	MyLearningView(LearnerService learner, CertificateService certificates) {
		addClassName("sw-page");
		MyLearning mine = learner.myLearning();
		add(new H2("My learning"));
		if (mine.courses().isEmpty()) {
			add(new Paragraph("Nothing is assigned to you yet. Your onboarding appears here once your start date "
					+ "and department are set."), new RouterLink("Browse the catalogue", CatalogView.class));
			return;
		}
		if (!mine.paths().isEmpty()) {
			Div paths = new Div();
			paths.addClassName("sw-cards");
			mine.paths().forEach((path) -> paths.add(path(path, certificates)));
			add(new H3("Onboarding paths"), paths);
		}
		Div courses = new Div();
		courses.addClassName("sw-cards");
		courses.getElement().setAttribute("role", "list");
		mine.courses().forEach((course) -> courses.add(course(course, certificates)));
		add(new H3("Courses"), courses);
		if (!mine.traits().isEmpty()) {
			Div traits = new Div();
			traits.addClassName("sw-traits");
			mine.traits().forEach((trait) -> traits.add(trait(trait)));
			add(new H3("Results by service trait"),
					new Paragraph(
							"How your answers did on the scenarios that exercise each trait, across your quizzes."),
					traits);
		}
	}

	private static Card path(LearnerPath path, CertificateService certificates) {
		Card card = new Card();
		card.addClassName("sw-path-card");
		card.setTitle(path.title());
		card.setSubtitle(new Span(path.coursesComplete() + " of " + path.courseCount() + " courses complete"
				+ ((path.dueDate() != null) ? " · last due " + Formats.DAY.format(path.dueDate()) : "")));
		card.add(progress(path.progressPercent(), path.title()));
		if (path.completionId() != null) {
			card.addToFooter(CertificateLink.of(certificates, path.completionId(), "Path certificate (PDF)"));
		}
		return card;
	}

	private static Card course(LearnerCourse course, CertificateService certificates) {
		Card card = new Card();
		card.getElement().setAttribute("role", "listitem");
		card.addClassName("sw-course-card");
		card.setTitle(course.title());
		Div meta = new Div();
		meta.addClassName("sw-meta");
		if (course.dueDate() != null) {
			meta.add(new Span("Due " + Formats.DAY.format(course.dueDate())));
		}
		if (course.overdue()) {
			Span overdue = new Span("Overdue");
			overdue.addClassName("sw-badge-overdue");
			meta.add(overdue);
		}
		meta.add(new Span(state(course)));
		if (course.fromHiring()) {
			Span fromHiring = new Span("From your interviews");
			fromHiring.addClassName("sw-status-neutral");
			fromHiring.getElement()
				.setAttribute("title", "Added when you were hired, to build on a trait your interviews found weaker");
			meta.add(fromHiring);
		}
		card.setSubtitle(meta);
		card.add(progress(course.progressPercent(), course.title()),
				new Span(course.lessonsRead() + " of " + course.lessonCount() + " lessons read"
						+ ((course.bestScore() != null) ? " · best quiz score " + course.bestScore() + "%" : "")));
		card.addToFooter(next(course, certificates));
		return card;
	}

	private static Component next(LearnerCourse course, CertificateService certificates) {
		return switch (course.state()) {
			case COMPLETE -> CertificateLink.of(certificates, course.completionId(), "Certificate (PDF)");
			case QUIZ_IN_PROGRESS -> link("Resume the quiz", QuizView.class, course.courseCode());
			case NOT_STARTED -> link("Start", CourseView.class, course.courseCode());
			case QUIZ_FAILED -> link("Review and retake", CourseView.class, course.courseCode());
			default -> link("Continue", CourseView.class, course.courseCode());
		};
	}

	private static <T extends Component & HasUrlParameter<String>> RouterLink link(String text, Class<T> view,
			String courseCode) {
		RouterLink link = new RouterLink(text, view, courseCode);
		link.addClassName("sw-card-link");
		return link;
	}

	static String state(LearnerCourse course) {
		return switch (course.state()) {
			case NOT_STARTED -> "Not started";
			case READING -> "In progress";
			case QUIZ_IN_PROGRESS -> "Quiz in progress";
			case QUIZ_FAILED -> "Quiz not passed yet";
			case NO_ATTEMPTS_LEFT -> "No quiz attempts left: ask your trainer";
			case COMPLETE -> "Complete";
		};
	}

	private static ProgressBar progress(int percent, String what) {
		ProgressBar bar = new ProgressBar(0, 100, percent);
		bar.getElement().setAttribute("aria-label", what + ": " + percent + "% done");
		return bar;
	}

	private static Div trait(TraitResult trait) {
		Span name = new Span(trait.traitName());
		Span value = new Span(
				trait.percent() + "% · " + trait.answered() + ((trait.answered() == 1) ? " scenario" : " scenarios"));
		value.addClassName("sw-facts");
		Div row = new Div(name, progress(trait.percent(), trait.traitName()), value);
		row.addClassName("sw-trait-row");
		return row;
	}

}
