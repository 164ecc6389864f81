package org.servewell.web.ui.learning;

import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.servewell.learning.AttemptResult;
import org.servewell.learning.AttemptService;
import org.servewell.shared.Refusal;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Formats;

/**
 * A submitted attempt: the score against the pass mark, and for every scenario the option
 * chosen, why it works or not, the best option and why, and the traits it exercises; the
 * attempt history of the course.
 */
@Route("result")
@PermitAll
public class ResultView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

	private final AttemptService attempts;

	private final CertificateLink certificates;

	ResultView(AttemptService attempts, CertificateLink certificates) {
		this.attempts = attempts;
		this.certificates = certificates;
		addClassName("sw-page");
	}

	@Override
	public void setParameter(BeforeEvent event, Long attemptId) {
		removeAll();
		AttemptResult result;
		try {
			result = this.attempts.result(attemptId, getLocale());
		}
		catch (Refusal ex) {
			add(new H2(getTranslation("result.title")), new Paragraph(ErrorReporting.refused(ex)),
					new RouterLink(getTranslation("course.back"), MyLearningView.class));
			return;
		}
		add(new H2(getTranslation("result.heading", result.courseTitle(), result.attemptNumber())));
		Div verdict = new Div(new Span(Formats.percent(result.scorePercent(), getLocale())),
				new Span(getTranslation(result.passed() ? "result.passed" : "result.not-passed")),
				new Span(getTranslation("result.pass-mark", Formats.percent(result.passMark(), getLocale()))));
		verdict.addClassNames("sw-verdict", result.passed() ? "sw-verdict-pass" : "sw-verdict-fail");
		verdict.getElement().setAttribute("role", "status");
		add(verdict);
		Div next = new Div();
		next.addClassName("sw-toolbar");
		if (result.completionId() != null) {
			next.add(this.certificates.of(result.completionId(), "certificate.download"));
		}
		else if (result.passed()) {
			next.add(new Span(getTranslation("result.read-lessons")));
		}
		else if (result.attemptsLeft() > 0) {
			next.add(new Span(getTranslation("result.attempts-left", result.attemptsLeft())));
		}
		else {
			next.add(new Span(getTranslation("learning.no-attempts-left")));
		}
		next.add(new RouterLink(getTranslation("quiz.back"), CourseView.class, result.courseCode()));
		add(next, new H3(getTranslation("result.feedback")));
		for (AttemptResult.QuestionFeedback question : result.questions()) {
			add(WrittenIn.language(feedback(question), result.language()));
		}
		add(new H3(getTranslation("result.attempts")),
				new AttemptsTable(this.attempts.history(result.courseCode()), getTranslation("result.attempts.label")));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("result.title");
	}

	private Details feedback(AttemptResult.QuestionFeedback question) {
		Span mark = new Span(question.chosenBest() ? getTranslation("result.best") : (question.chosenText() == null)
				? getTranslation("result.unanswered") : getTranslation("result.rated", question.chosenRating()));
		mark.addClassName(question.chosenBest() ? "sw-status-active" : "sw-status-neutral");
		Div summary = new Div(new Span(question.number() + ". " + question.title()), mark);
		summary.addClassName("sw-feedback-summary");
		Div body = new Div(new Paragraph(question.prompt()));
		body.addClassName("sw-feedback");
		if (question.chosenText() != null) {
			body.add(labelled("result.chosen", question.chosenText()),
					labelled("result.chosen.why", question.chosenFeedback()));
		}
		if (!question.chosenBest()) {
			body.add(labelled("result.best", question.bestText()),
					labelled("result.best.why", question.bestFeedback()));
		}
		body.add(labelled("result.traits", String.join(", ", question.traits())));
		Details details = new Details(summary, body);
		details.setOpened(!question.chosenBest());
		return details;
	}

	private Paragraph labelled(String labelKey, String text) {
		Span strong = new Span(getTranslation("result.label", getTranslation(labelKey)));
		strong.addClassName("sw-label");
		return new Paragraph(strong, new Span(text));
	}

}
