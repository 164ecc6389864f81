package org.servewell.web.ui.learning;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import org.servewell.learning.AttemptResult;
import org.servewell.learning.AttemptService;
import org.servewell.learning.CertificateService;
import org.servewell.shared.Refusal;
import org.servewell.web.ui.ErrorReporting;

/**
 * A submitted attempt: the score against the pass mark, and for every scenario the option
 * chosen, why it works or not, the best option and why, and the traits it exercises; the
 * attempt history of the course.
 */
@Route("result")
@PageTitle("Quiz result")
@PermitAll
public class ResultView extends Main implements HasUrlParameter<Long> {

	private final AttemptService attempts;

	private final CertificateService certificates;

	ResultView(AttemptService attempts, CertificateService certificates) {
		this.attempts = attempts;
		this.certificates = certificates;
		addClassName("sw-page");
	}

	@Override
	public void setParameter(BeforeEvent event, Long attemptId) {
		removeAll();
		AttemptResult result;
		try {
			result = this.attempts.result(attemptId);
		}
		catch (Refusal ex) {
			add(new H2("Quiz result"), new Paragraph(ErrorReporting.refused(ex)),
					new RouterLink("Back to My learning", MyLearningView.class));
			return;
		}
		add(new H2(result.courseTitle() + ": attempt " + result.attemptNumber()));
		Div verdict = new Div(new Span(result.scorePercent() + "%"),
				new Span(result.passed() ? "Passed" : "Not passed yet"),
				new Span("Pass mark " + result.passMark() + "%"));
		verdict.addClassNames("sw-verdict", result.passed() ? "sw-verdict-pass" : "sw-verdict-fail");
		verdict.getElement().setAttribute("role", "status");
		add(verdict);
		Div next = new Div();
		next.addClassName("sw-toolbar");
		if (result.completionId() != null) {
			next.add(CertificateLink.of(this.certificates, result.completionId(), "Download your certificate (PDF)"));
		}
		else if (result.passed()) {
			next.add(new Span("Read every lesson to complete the course and earn the certificate."));
		}
		else if (result.attemptsLeft() > 0) {
			next.add(new Span("You have " + result.attemptsLeft()
					+ ((result.attemptsLeft() == 1) ? " attempt" : " attempts") + " left."));
		}
		else {
			next.add(new Span("You have no attempts left. Ask your trainer if you need another."));
		}
		next.add(new RouterLink("Back to the course", CourseView.class, result.courseCode()));
		add(next, new H3("Feedback on each scenario"));
		for (AttemptResult.QuestionFeedback question : result.questions()) {
			add(feedback(question));
		}
		add(new H3("Your attempts"),
				new AttemptsTable(this.attempts.history(result.courseCode()), "Your attempts at this quiz"));
	}

	private static Details feedback(AttemptResult.QuestionFeedback question) {
		Span mark = new Span(question.chosenBest() ? "Best answer"
				: (question.chosenText() == null) ? "Not answered" : "Rated " + question.chosenRating() + " of 4");
		mark.addClassName(question.chosenBest() ? "sw-status-active" : "sw-status-neutral");
		Div summary = new Div(new Span(question.number() + ". " + question.title()), mark);
		summary.addClassName("sw-feedback-summary");
		Div body = new Div(new Paragraph(question.prompt()));
		body.addClassName("sw-feedback");
		if (question.chosenText() != null) {
			body.add(labelled("You chose", question.chosenText()), labelled("Why", question.chosenFeedback()));
		}
		if (!question.chosenBest()) {
			body.add(labelled("Best answer", question.bestText()), labelled("Why it is best", question.bestFeedback()));
		}
		body.add(labelled("Service traits", String.join(", ", question.traits())));
		Details details = new Details(summary, body);
		details.setOpened(!question.chosenBest());
		return details;
	}

	private static Paragraph labelled(String label, String text) {
		Span strong = new Span(label + ": ");
		strong.addClassName("sw-label");
		return new Paragraph(strong, new Span(text));
	}

}
