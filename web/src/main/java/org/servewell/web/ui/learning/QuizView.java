package org.servewell.web.ui.learning;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import org.servewell.learning.AttemptResult;
import org.servewell.learning.AttemptService;
import org.servewell.learning.AttemptView;
import org.servewell.learning.SavedAnswer;
import org.servewell.shared.Refusal;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Confirmation;
import org.servewell.web.ui.components.MarkdownContent;

/**
 * A scenario quiz, one scenario per page. Choosing an option stores it on the server at
 * once and says so only once it is stored; leaving, reloading or signing in again resumes
 * the same attempt with every answer kept. Only the options' texts are here: ratings,
 * best answers and feedback arrive with the result.
 * <p>
 * A choice is saved when the learner makes it deliberately: a click or tap, or Enter or
 * Space on an option. The arrow keys move the selection through the options as in any
 * radio group, but that is browsing: the selected option is saved when the learner
 * presses Enter or Space, clicks it, or goes to another scenario or submits; until then
 * the status line says it is not saved yet. A save that fails (the database is down or
 * too slow) puts the last saved choice back and says the answer was not saved.
 */
@Route("quiz")
@PermitAll
public class QuizView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

	private final AttemptService attempts;

	final Div navigator = new Div();

	/**
	 * The navigator's buttons, one per scenario, made once per attempt: a choice or a
	 * move updates the buttons it changes, so a click's answer carries those changes
	 * only.
	 */
	final List<Button> jumps = new ArrayList<>();

	final Div page = new Div();

	final AnswerStatus saveState = new AnswerStatus();

	/**
	 * Which scenario is shown, out of how many: a live region, so that a screen reader
	 * says it when Next, Previous or the navigator changes it.
	 */
	final Span position = new Span();

	final RadioButtonGroup<AttemptView.Choice> choices = new RadioButtonGroup<>();

	final Button previous = new Button(getTranslation("quiz.previous"), new Icon(VaadinIcon.ARROW_LEFT));

	final Button next = new Button(getTranslation("quiz.next"), new Icon(VaadinIcon.ARROW_RIGHT));

	final Button submit = new Button(getTranslation("quiz.submit"));

	private AttemptView attempt;

	private int current;

	/** An option selected with the arrow keys and not saved yet, or null. */
	private AttemptView.Choice browsed;

	/**
	 * Whether the learner moved the selection with an arrow key since the last choice.
	 */
	private boolean browsing;

	/** Whether the learner clicked, or pressed Enter or Space on, an option. */
	private boolean confirming;

	/** The value the group took from the browser in this round trip, or null. */
	private AttemptView.Choice changed;

	private boolean decisionDue;

	QuizView(AttemptService attempts) {
		this.attempts = attempts;
		addClassNames("sw-page", "sw-quiz");
		this.navigator.addClassName("sw-question-nav");
		this.navigator.getElement().setAttribute("role", "navigation");
		this.navigator.getElement().setAttribute("aria-label", getTranslation("quiz.questions"));
		this.position.addClassName("sw-facts");
		this.position.getElement().setAttribute("aria-live", "polite");
		this.choices.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
		this.choices.setItemLabelGenerator(AttemptView.Choice::text);
		this.saveState.watch(this.choices);
		// Flow applies the group's new value before it delivers the events of the same
		// round
		// trip, so what a change means is decided once all of them have arrived.
		this.choices.getElement().addEventListener(AnswerStatus.BROWSE, (event) -> {
			this.browsing = true;
			decideLater();
		});
		this.choices.getElement().addEventListener(AnswerStatus.CONFIRM, (event) -> {
			this.confirming = true;
			decideLater();
		});
		this.choices.addValueChangeListener((change) -> {
			if (!change.isFromClient() || change.getValue() == null) {
				return;
			}
			this.changed = change.getValue();
			decideLater();
		});
		this.previous.addClickListener((click) -> moveTo(this.current - 1));
		this.next.setIconAfterText(true);
		this.next.addClickListener((click) -> moveTo(this.current + 1));
		this.submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.submit.setDisableOnClick(true);
		this.submit.addClickListener((click) -> confirmSubmit());
	}

	@Override
	public void setParameter(BeforeEvent event, String courseCode) {
		removeAll();
		try {
			this.attempt = this.attempts.startOrResume(courseCode, getLocale());
		}
		catch (Refusal ex) {
			add(new H2(getTranslation("quiz.title")), new Paragraph(ErrorReporting.refused(ex)),
					new RouterLink(getTranslation("quiz.back"), CourseView.class, courseCode));
			return;
		}
		H2 title = new H2(getTranslation("quiz.heading", this.attempt.courseTitle()));
		Span attemptInfo = new Span(
				getTranslation("quiz.attempt", this.attempt.attemptNumber(), this.attempt.attemptsAllowed()));
		attemptInfo.addClassName("sw-facts");
		Div buttons = new Div(this.previous, this.next, this.submit);
		buttons.addClassName("sw-toolbar");
		WrittenIn.language(this.page, this.attempt.language());
		add(title, attemptInfo, this.navigator, this.position, this.page, this.saveState, buttons);
		buildNavigator();
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
	 * Decides, once the round trip's events have all been handled, what the learner did:
	 * a value change with an arrow key and no click, Enter or Space is browsing (kept,
	 * not saved); a click, Enter or Space saves the selected option.
	 */
	private void decideLater() {
		if (this.decisionDue) {
			return;
		}
		this.decisionDue = true;
		getUI().ifPresent((ui) -> ui.beforeClientResponse(this, (context) -> decide()));
	}

	private void decide() {
		AttemptView.Choice value = this.changed;
		boolean chosen = this.confirming;
		this.decisionDue = false;
		this.changed = null;
		this.confirming = false;
		if (value != null && this.browsing && !chosen) {
			this.browsing = false;
			this.browsed = value;
			this.saveState.browsing();
			return;
		}
		this.browsing = false;
		// A save settles the status line itself.
		if (value != null) {
			save(value);
		}
		else if (chosen && this.browsed != null) {
			save(this.browsed);
		}
		else if (chosen && unsaved(this.choices.getValue())) {
			// The learner confirmed an option the group already held but that is not
			// stored: the browser raised no change because the group's value did not
			// change, as when a click's value arrives while an earlier save is failing.
			save(this.choices.getValue());
		}
		else if (chosen) {
			this.saveState.settle();
		}
	}

	/** Whether {@code choice} is an option and not the one stored for this scenario. */
	private boolean unsaved(AttemptView.Choice choice) {
		return choice != null && !choice.equals(stored(this.attempt.questions().get(this.current)));
	}

	/** The option stored for {@code question}, or null while it is unanswered. */
	private static AttemptView.Choice stored(AttemptView.Question question) {
		return question.choices()
			.stream()
			.filter((choice) -> Long.valueOf(choice.optionId()).equals(question.chosenOptionId()))
			.findFirst()
			.orElse(null);
	}

	/** Goes to another scenario, saving an option browsed to first. */
	private void moveTo(int index) {
		if (this.browsed != null && !save(this.browsed)) {
			return;
		}
		show(index);
	}

	void show(int index) {
		this.browsed = null;
		this.browsing = false;
		this.changed = null;
		this.confirming = false;
		List<AttemptView.Question> questions = this.attempt.questions();
		int left = this.current;
		this.current = Math.max(0, Math.min(index, questions.size() - 1));
		AttemptView.Question question = questions.get(this.current);
		this.page.removeAll();
		this.position.setText(getTranslation("quiz.position", question.number(), questions.size()));
		H3 heading = new H3(question.title());
		this.choices.setLabel(question.prompt());
		this.choices.setItems(question.choices());
		this.choices.setValue(stored(question));
		this.page.add(heading, new MarkdownContent(question.situation()), this.choices);
		this.saveState.show((question.chosenOptionId() != null) ? getTranslation("quiz.status.kept") : "");
		this.previous.setEnabled(this.current > 0);
		this.next.setEnabled(this.current < questions.size() - 1);
		markJump(left);
		markJump(this.current);
	}

	private void buildNavigator() {
		this.navigator.removeAll();
		this.jumps.clear();
		for (AttemptView.Question question : this.attempt.questions()) {
			Button jump = new Button(String.valueOf(question.number()), (click) -> moveTo(question.number() - 1));
			this.jumps.add(jump);
			this.navigator.add(jump);
		}
		for (int i = 0; i < this.jumps.size(); i++) {
			markJump(i);
		}
	}

	/** Shows on the scenario's button whether it is answered and whether it is open. */
	private void markJump(int index) {
		if (index < 0 || index >= this.jumps.size()) {
			return;
		}
		Button jump = this.jumps.get(index);
		boolean answered = this.attempt.questions().get(index).chosenOptionId() != null;
		jump.removeThemeVariants(answered ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY);
		jump.addThemeVariants(answered ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
		boolean open = index == this.current;
		// A tick as well as the colour, for those who cannot tell the colours apart.
		jump.setIcon(answered ? VaadinIcon.CHECK.create() : null);
		jump.setClassName("sw-current", open);
		if (open) {
			jump.getElement().setAttribute("aria-current", "step");
		}
		else {
			jump.getElement().removeAttribute("aria-current");
		}
		jump.setAriaLabel(getTranslation(answered ? "quiz.jump.answered" : "quiz.jump.open", index + 1));
	}

	/**
	 * Saves the choice and says so once the server has committed it; when it was not
	 * saved, puts the last saved choice back and says why.
	 * @return whether it was saved
	 */
	private boolean save(AttemptView.Choice choice) {
		AttemptView.Question question = this.attempt.questions().get(this.current);
		this.browsed = null;
		try {
			SavedAnswer saved = this.attempts.saveAnswer(this.attempt.attemptId(), question.itemId(),
					choice.optionId());
			// Not read again: a read failing after the commit must not turn a save into
			// a "not saved".
			this.attempt = this.attempt.with(saved);
			this.saveState.saved(saved.savedAt());
			markJump(this.current);
			return true;
		}
		catch (RuntimeException ex) {
			// A refusal in core's own words; anything else as an error with a reference.
			notSaved(question, ErrorReporting.report(ex));
		}
		finally {
			this.saveState.settle();
		}
		return false;
	}

	private void notSaved(AttemptView.Question question, String why) {
		AttemptView.Choice lastSaved = stored(question);
		this.choices.setValue(lastSaved);
		this.saveState.notSaved(why, lastSaved != null);
	}

	private void confirmSubmit() {
		if (this.browsed != null && !save(this.browsed)) {
			this.submit.setEnabled(true);
			return;
		}
		long unanswered = this.attempt.questions().size() - this.attempt.answered();
		if (unanswered == 0) {
			doSubmit();
			return;
		}
		ConfirmDialog confirm = Confirmation.askBefore(getTranslation("quiz.confirm.title"),
				getTranslation("quiz.confirm.text", unanswered), getTranslation("quiz.confirm.submit"),
				getTranslation("quiz.confirm.keep"), this::doSubmit);
		// The button was disabled on click, so the dialog could not give it focus back.
		confirm.addCancelListener((event) -> {
			this.submit.setEnabled(true);
			this.submit.focus();
		});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("quiz.title");
	}

	private void doSubmit() {
		try {
			AttemptResult result = this.attempts.submit(this.attempt.attemptId(), getLocale());
			getUI().ifPresent((ui) -> ui.navigate(ResultView.class, result.attemptId()));
		}
		catch (Refusal ex) {
			this.saveState.show(ErrorReporting.refused(ex));
			this.submit.setEnabled(true);
		}
		catch (RuntimeException ex) {
			this.saveState.show(getTranslation("quiz.not-submitted", ErrorReporting.report(ex)));
			this.submit.setEnabled(true);
		}
	}

}
