package org.servewell.web.ui.learning;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import org.servewell.learning.AttemptResult;
import org.servewell.learning.AttemptService;
import org.servewell.learning.AttemptView;
import org.servewell.learning.LearningNotFoundException;
import org.servewell.learning.QuizRefusedException;
import org.servewell.learning.SavedAnswer;
import org.servewell.web.ui.components.MarkdownContent;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * A scenario quiz, one scenario per page. Choosing an option stores it on the server at
 * once and says so; leaving, reloading or signing in again resumes the same attempt with
 * every answer kept. Only the options' texts are here: ratings, best answers and feedback
 * arrive with the result.
 */
@Route("quiz")
@PageTitle("Quiz")
@PermitAll
public class QuizView extends Main implements HasUrlParameter<String> {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH)
		.withZone(ZoneId.systemDefault());

	private final AttemptService attempts;

	final Div navigator = new Div();

	final Div page = new Div();

	final Span saveState = new Span();

	final RadioButtonGroup<AttemptView.Choice> choices = new RadioButtonGroup<>();

	final Button previous = new Button("Previous", new Icon(VaadinIcon.ARROW_LEFT));

	final Button next = new Button("Next", new Icon(VaadinIcon.ARROW_RIGHT));

	final Button submit = new Button("Submit answers");

	private AttemptView attempt;

	private int current;

	QuizView(AttemptService attempts) {
		this.attempts = attempts;
		addClassNames("sw-page", "sw-quiz");
		this.navigator.addClassName("sw-question-nav");
		this.navigator.getElement().setAttribute("role", "navigation");
		this.navigator.getElement().setAttribute("aria-label", "Questions");
		this.saveState.addClassName("sw-save-state");
		this.saveState.getElement().setAttribute("aria-live", "polite");
		this.choices.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
		this.choices.setItemLabelGenerator(AttemptView.Choice::text);
		this.choices.addValueChangeListener((change) -> {
			if (change.isFromClient() && change.getValue() != null) {
				save(change.getValue());
			}
		});
		this.previous.addClickListener((click) -> show(this.current - 1));
		this.next.setIconAfterText(true);
		this.next.addClickListener((click) -> show(this.current + 1));
		this.submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.submit.setDisableOnClick(true);
		this.submit.addClickListener((click) -> confirmSubmit());
	}

	@Override
	public void setParameter(BeforeEvent event, String courseCode) {
		removeAll();
		try {
			this.attempt = startOrResume(courseCode);
		}
		catch (QuizRefusedException | LearningNotFoundException ex) {
			add(new H2("Quiz"), new Paragraph(ex.getMessage()),
					new RouterLink("Back to the course", CourseView.class, courseCode));
			return;
		}
		H2 title = new H2(this.attempt.courseTitle() + ": quiz");
		Span attemptInfo = new Span("Attempt " + this.attempt.attemptNumber() + " of " + this.attempt.attemptsAllowed()
				+ ". Every choice is saved as you make it.");
		attemptInfo.addClassName("sw-facts");
		Div buttons = new Div(this.previous, this.next, this.submit);
		buttons.addClassName("sw-toolbar");
		add(title, attemptInfo, this.navigator, this.page, this.saveState, buttons);
		int firstUnanswered = 0;
		for (int i = 0; i < this.attempt.questions().size(); i++) {
			if (this.attempt.questions().get(i).chosenOptionId() == null) {
				firstUnanswered = i;
				break;
			}
		}
		show(firstUnanswered);
	}

	/**
	 * Starts or resumes the attempt. Two tabs opening a first attempt at the same instant
	 * race for the one open attempt the database allows; the loser simply resumes the
	 * winner's.
	 */
	private AttemptView startOrResume(String courseCode) {
		try {
			return this.attempts.startOrResume(courseCode);
		}
		catch (DataIntegrityViolationException ex) {
			return this.attempts.startOrResume(courseCode);
		}
	}

	void show(int index) {
		List<AttemptView.Question> questions = this.attempt.questions();
		this.current = Math.max(0, Math.min(index, questions.size() - 1));
		AttemptView.Question question = questions.get(this.current);
		this.page.removeAll();
		Span position = new Span("Scenario " + question.number() + " of " + questions.size());
		position.addClassName("sw-facts");
		H3 heading = new H3(question.title());
		this.choices.setLabel(question.prompt());
		this.choices.setItems(question.choices());
		this.choices.setValue(question.choices()
			.stream()
			.filter((choice) -> Long.valueOf(choice.optionId()).equals(question.chosenOptionId()))
			.findFirst()
			.orElse(null));
		this.page.add(position, heading, new MarkdownContent(question.situation()), this.choices);
		this.saveState.setText((question.chosenOptionId() != null) ? "Your answer is saved." : "");
		this.previous.setEnabled(this.current > 0);
		this.next.setEnabled(this.current < questions.size() - 1);
		renderNavigator();
	}

	private void renderNavigator() {
		this.navigator.removeAll();
		for (AttemptView.Question question : this.attempt.questions()) {
			boolean answered = question.chosenOptionId() != null;
			Button jump = new Button(String.valueOf(question.number()), (click) -> show(question.number() - 1));
			jump.addThemeVariants(answered ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
			if (question.number() - 1 == this.current) {
				jump.addClassName("sw-current");
				jump.getElement().setAttribute("aria-current", "step");
			}
			jump.setAriaLabel("Scenario " + question.number() + (answered ? ", answered" : ", not answered yet"));
			this.navigator.add(jump);
		}
	}

	private void save(AttemptView.Choice choice) {
		AttemptView.Question question = this.attempt.questions().get(this.current);
		try {
			SavedAnswer saved = this.attempts.saveAnswer(this.attempt.attemptId(), question.itemId(),
					choice.optionId());
			this.attempt = this.attempts.attempt(this.attempt.attemptId());
			this.saveState.setText("Saved at " + TIME.format(saved.savedAt()) + ".");
			this.saveState.removeClassName("sw-save-failed");
			renderNavigator();
		}
		catch (QuizRefusedException | LearningNotFoundException ex) {
			this.saveState.setText("Not saved: " + ex.getMessage());
			this.saveState.addClassName("sw-save-failed");
			this.choices.setValue(null);
		}
	}

	private void confirmSubmit() {
		long unanswered = this.attempt.questions().size() - this.attempt.answered();
		if (unanswered == 0) {
			doSubmit();
			return;
		}
		ConfirmDialog confirm = new ConfirmDialog("Submit with unanswered scenarios?",
				unanswered + ((unanswered == 1) ? " scenario has" : " scenarios have")
						+ " no answer and will count as zero. Submit anyway?",
				"Submit", (event) -> doSubmit());
		confirm.setCancelable(true);
		confirm.setCancelText("Keep answering");
		confirm.addCancelListener((event) -> this.submit.setEnabled(true));
		confirm.open();
	}

	private void doSubmit() {
		try {
			AttemptResult result = this.attempts.submit(this.attempt.attemptId());
			getUI().ifPresent((ui) -> ui.navigate(ResultView.class, result.attemptId()));
		}
		catch (QuizRefusedException | LearningNotFoundException ex) {
			this.saveState.setText(ex.getMessage());
			this.submit.setEnabled(true);
		}
	}

}
