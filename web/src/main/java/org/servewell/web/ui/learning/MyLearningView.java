package org.servewell.web.ui.learning;

import java.util.Locale;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.servewell.learning.LearnerCourse;
import org.servewell.learning.LearnerPath;
import org.servewell.learning.LearnerService;
import org.servewell.learning.MyLearning;
import org.servewell.learning.TraitResult;
import org.servewell.web.ui.catalog.CatalogView;
import org.servewell.web.ui.components.Formats;

/**
 * The learner's home: assigned paths and courses with progress, due dates and the next
 * step one click away; certificates for what is complete, and for a withdrawn one when
 * and why; results by service trait.
 */
@Route("learning")
@Menu(title = "My learning", order = 5, icon = "vaadin:academy-cap")
@PermitAll
public class MyLearningView extends Main implements HasDynamicTitle {

	MyLearningView(LearnerService learner, CertificateLink certificates) {
		addClassName("sw-page");
		MyLearning mine = learner.myLearning(getLocale());
		add(new H2(getTranslation("mylearning.title")));
		if (mine.courses().isEmpty()) {
			add(new Paragraph(getTranslation("mylearning.empty")),
					new RouterLink(getTranslation("mylearning.catalogue"), CatalogView.class));
			return;
		}
		if (!mine.paths().isEmpty()) {
			Div paths = new Div();
			paths.addClassName("sw-cards");
			mine.paths().forEach((path) -> paths.add(path(path, certificates)));
			add(new H3(getTranslation("mylearning.paths")), paths);
		}
		Div courses = new Div();
		courses.addClassName("sw-cards");
		courses.getElement().setAttribute("role", "list");
		mine.courses().forEach((course) -> courses.add(course(course, certificates)));
		add(new H3(getTranslation("mylearning.courses")), courses);
		if (!mine.traits().isEmpty()) {
			Div traits = new Div();
			traits.addClassName("sw-traits");
			mine.traits().forEach((trait) -> traits.add(trait(trait)));
			add(new H3(getTranslation("mylearning.traits")), new Paragraph(getTranslation("mylearning.traits.text")),
					traits);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("mylearning.title");
	}

	private Card path(LearnerPath path, CertificateLink certificates) {
		Card card = new Card();
		card.addClassName("sw-path-card");
		card.setTitle(path.title());
		String complete = getTranslation("mylearning.path.complete", path.coursesComplete(), path.courseCount());
		card.setSubtitle(new Span((path.dueDate() != null)
				? getTranslation("mylearning.path.due", complete, Formats.day(path.dueDate(), getLocale()))
				: complete));
		card.add(progress(path.progressPercent(), path.title()));
		if (path.completionId() != null) {
			card.addToFooter(certificates.of(path.completionId(), "certificate.path"));
		}
		return card;
	}

	private Card course(LearnerCourse course, CertificateLink certificates) {
		Card card = new Card();
		card.getElement().setAttribute("role", "listitem");
		card.addClassName("sw-course-card");
		card.setTitle(course.title());
		Div meta = new Div();
		meta.addClassName("sw-meta");
		if (course.dueDate() != null) {
			meta.add(new Span(getTranslation("mylearning.due", Formats.day(course.dueDate(), getLocale()))));
		}
		if (course.overdue()) {
			Span overdue = new Span(getTranslation("mylearning.overdue"));
			overdue.addClassName("sw-badge-overdue");
			meta.add(overdue);
		}
		meta.add(new Span(getTranslation(stateKey(course))));
		if (course.fromHiring()) {
			Span fromHiring = new Span(getTranslation("mylearning.from-hiring"));
			fromHiring.addClassName("sw-status-neutral");
			fromHiring.getElement().setAttribute("title", getTranslation("mylearning.from-hiring.title"));
			meta.add(fromHiring);
		}
		card.setSubtitle(meta);
		card.add(progress(course.progressPercent(), course.title()), new Span(lessons(course)));
		if (course.withdrawal() != null) {
			card.add(withdrawal(course.withdrawal()));
		}
		card.addToFooter(next(course, certificates));
		return card;
	}

	/**
	 * Where the certificate link was: that the certificate was withdrawn, when and why,
	 * and how to complete the course again.
	 */
	private Paragraph withdrawal(LearnerCourse.Withdrawal withdrawal) {
		Paragraph told = new Paragraph(
				getTranslation("mylearning.withdrawn", Formats.day(withdrawal.withdrawnOn(), getLocale()),
						withdrawal.reason()) + " " + getTranslation("mylearning.withdrawn.again"));
		told.addClassName("sw-certificate-withdrawn");
		return told;
	}

	private String lessons(LearnerCourse course) {
		String read = getTranslation("course.lessons-read", course.lessonsRead(), course.lessonCount());
		return (course.bestScore() == null) ? read
				: getTranslation("mylearning.best", read, Formats.percent(course.bestScore(), getLocale()));
	}

	private Component next(LearnerCourse course, CertificateLink certificates) {
		return switch (course.state()) {
			case COMPLETE -> certificates.of(course.completionId(), "certificate.course");
			case QUIZ_IN_PROGRESS -> link("course.quiz.resume", QuizView.class, course.courseCode());
			case NOT_STARTED -> link("mylearning.start", CourseView.class, course.courseCode());
			case QUIZ_FAILED -> link("mylearning.retake", CourseView.class, course.courseCode());
			default -> link("mylearning.continue", CourseView.class, course.courseCode());
		};
	}

	private <T extends Component & HasUrlParameter<String>> RouterLink link(String textKey, Class<T> view,
			String courseCode) {
		RouterLink link = new RouterLink(getTranslation(textKey), view, courseCode);
		link.addClassName("sw-card-link");
		return link;
	}

	/** The key of the words for where the learner stands in a course. */
	static String stateKey(LearnerCourse course) {
		return "mylearning.state." + course.state().name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private ProgressBar progress(int percent, String what) {
		ProgressBar bar = new ProgressBar(0, 100, percent);
		bar.getElement()
			.setAttribute("aria-label", getTranslation("mylearning.done", what, Formats.percent(percent, getLocale())));
		return bar;
	}

	private Div trait(TraitResult trait) {
		Span name = new Span(trait.traitName());
		Span value = new Span(getTranslation("mylearning.trait.value", Formats.percent(trait.percent(), getLocale()),
				trait.answered()));
		value.addClassName("sw-facts");
		Div row = new Div(name, progress(trait.percent(), trait.traitName()), value);
		row.addClassName("sw-trait-row");
		return row;
	}

}
